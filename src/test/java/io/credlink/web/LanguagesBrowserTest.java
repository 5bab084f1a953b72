package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link LanguagesTest} in headless Chromium. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserTest extends LanguagesTest {

    Browser browser;
}
