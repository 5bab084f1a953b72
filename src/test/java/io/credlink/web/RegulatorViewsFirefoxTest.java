package io.credlink.web;

import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;

/** {@link RegulatorViewsTest} in headless Firefox ESR (WebDriver BiDi). */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorViewsFirefoxTest extends RegulatorViewsTest {

    Firefox ff;
}
