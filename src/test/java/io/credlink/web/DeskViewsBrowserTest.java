package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link DeskViewsTest} in headless Chromium. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskViewsBrowserTest extends DeskViewsTest {

    Browser browser;
}
