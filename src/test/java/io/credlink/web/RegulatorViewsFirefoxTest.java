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
 * Each workflow runs here in one language and in Chromium ({@link RegulatorViewsBrowserTest}) in
 * the other, so that each is proven in both browsers and both languages.
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
    void aRegulatorRecordsASanctionAfterItsPreviewEndsItEarlyAndWithdrawsItInChinese() {
        pages.recordsASanctionEndsItEarlyAndWithdrawsIt(RegulatorPages.firefox(firefox), "zh-CN");
    }

    @Test
    void aRegulatorRecordsACreditRecordAndWithdrawsItFromThePartyPage() {
        pages.recordsACreditRecordAndWithdrawsItFromThePartyPage(RegulatorPages.firefox(firefox), "en");
    }

    @Test
    void aRegulatorDecidesObjectionsAndAccessRequests() {
        pages.decidesObjectionsAndAccessRequests(RegulatorPages.firefox(firefox), "en");
    }

    @Test
    void aRegulatorReadsAndRecordsMeasureFeedbackAndPublishesAListAsOfADateInChinese() throws IOException {
        pages.readsAndRecordsMeasureFeedbackThenPublishesAList(RegulatorPages.firefox(firefox), "zh-CN");
    }
}
