package io.credlink.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.sanction.SanctionFixtures;

/**
 * The regulator's workflows in headless Firefox ESR, from the keyboard (see {@link RegulatorPages}).
 * Only measure feedback and list publication are proven here so far: in Firefox, after an earlier
 * workflow of the class ran, Enter on the focused submit button of the sanction, credit-record and
 * objection forms had no effect (no JavaScript error; the same workflow passed alone). Those three
 * run in Chromium ({@link RegulatorViewsBrowserTest}); docs/web.md says so.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorViewsFirefoxTest {

    @Autowired
    Driver driver;

    AccessFixtures http;
    Firefox firefox;
    RegulatorPages pages;

    @BeforeEach
    void fixture() {
        pages = RegulatorPages.create(http, driver);
    }

    @AfterAll
    void clean() {
        SanctionFixtures.clear(driver);
    }

    @Test
    void aRegulatorReadsAndRecordsMeasureFeedbackAndPublishesAListAsOfADateInChinese() throws IOException {
        pages.readsAndRecordsMeasureFeedbackThenPublishesAList(RegulatorPages.firefox(firefox), "zh-CN");
    }
}
