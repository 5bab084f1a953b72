package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link MonitoringViewsTest} in headless Firefox ESR (WebDriver BiDi). */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringViewsFirefoxTest extends MonitoringViewsTest {

    Firefox ff;
}
