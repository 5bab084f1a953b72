package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link AnalystViewsTest} in headless Chromium. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsBrowserTest extends AnalystViewsTest {

    Browser browser;
}
