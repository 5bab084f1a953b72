package io.credlink.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.sanction.SanctionFixtures;

/**
 * The regulator's workflows in headless Chromium, from the keyboard (see {@link RegulatorPages}),
 * each in English and in Chinese in the one browser of the class. {@link RegulatorViewsFirefoxTest}
 * drives them in Firefox ESR.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorViewsBrowserTest {

    @Autowired
    Driver driver;

    Explorer explorer;
    RegulatorPages pages;

    @BeforeEach
    void fixture() {
        pages = RegulatorPages.create(explorer.http, driver);
    }

    @AfterAll
    void clean() {
        SanctionFixtures.clear(driver);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aRegulatorRecordsASanctionAfterItsPreviewEndsItEarlyAndWithdrawsIt(String lang) {
        pages.recordsASanctionEndsItEarlyAndWithdrawsIt(explorer.page, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aRegulatorRecordsACreditRecordAndWithdrawsItFromThePartyPage(String lang) {
        pages.recordsACreditRecordAndWithdrawsItFromThePartyPage(explorer.page, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aRegulatorDecidesObjectionsAndAccessRequests(String lang) {
        pages.decidesObjectionsAndAccessRequests(explorer.page, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aRegulatorReadsAndRecordsMeasureFeedbackAndPublishesAListAsOfADate(String lang) throws IOException {
        pages.readsAndRecordsMeasureFeedbackThenPublishesAList(explorer.page, lang);
    }
}
