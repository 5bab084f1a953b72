package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link RegulatorViewsTest} in headless Chromium. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorViewsBrowserTest extends RegulatorViewsTest {

    Browser browser;
}
