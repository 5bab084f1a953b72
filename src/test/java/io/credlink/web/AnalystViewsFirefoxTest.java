package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link AnalystViewsTest} in headless Firefox ESR (WebDriver BiDi). */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsFirefoxTest extends AnalystViewsTest {

    Firefox ff;
}
