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
 * The regulator's workflows in headless Chromium, from the keyboard (see {@link RegulatorPages}).
 * Each workflow runs here in one language and in Firefox ({@link RegulatorViewsFirefoxTest}) in
 * the other, so that each is proven in both browsers and both languages.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorViewsBrowserTest {

    @Autowired
    Driver driver;

    AccessFixtures http;
    Browser browser;
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
    void aRegulatorRecordsASanctionAfterItsPreviewEndsItEarlyAndWithdrawsIt() {
        pages.recordsASanctionEndsItEarlyAndWithdrawsIt(RegulatorPages.chromium(browser), "en");
    }

    @Test
    void aRegulatorRecordsACreditRecordAndWithdrawsItFromThePartyPageInChinese() {
        pages.recordsACreditRecordAndWithdrawsItFromThePartyPage(RegulatorPages.chromium(browser), "zh-CN");
    }

    @Test
    void aRegulatorDecidesObjectionsAndAccessRequestsInChinese() {
        pages.decidesObjectionsAndAccessRequests(RegulatorPages.chromium(browser), "zh-CN");
    }

    @Test
    void aRegulatorReadsAndRecordsMeasureFeedbackAndPublishesAListAsOfADate() throws IOException {
        pages.readsAndRecordsMeasureFeedbackThenPublishesAList(RegulatorPages.chromium(browser), "en");
    }
}
