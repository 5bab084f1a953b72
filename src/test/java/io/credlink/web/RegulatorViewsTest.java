package io.credlink.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.sanction.SanctionFixtures;

/**
 * The regulator's workflows, each from the keyboard in English and in Chinese in the one browser
 * of the class: a sanction recorded after its what-if preview, ended early and withdrawn; a credit
 * record withdrawn from the party page; objections and access requests decided; measure feedback
 * and the black list as of a date with its CSV. Each language has its own ids (and list day), and
 * the fixture is built again before each run (the steps: {@link RegulatorPages}). Run in Chromium
 * by {@link RegulatorViewsBrowserTest} and in Firefox ESR by {@link RegulatorViewsFirefoxTest}.
 */
abstract class RegulatorViewsTest {

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
