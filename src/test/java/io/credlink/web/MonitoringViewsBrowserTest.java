package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link MonitoringViewsTest} in headless Chromium. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringViewsBrowserTest extends MonitoringViewsTest {

    Browser browser;
}
