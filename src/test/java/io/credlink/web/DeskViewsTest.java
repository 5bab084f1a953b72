package io.credlink.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.access.AuditTrail;

/**
 * The insurer's counterparty check, the subject's report and objection, and the administrator's
 * users and audit trail, each from the keyboard in English and in Chinese, compared with what the
 * API answers and with the language's texts, axe-core on every page (the steps: {@link DeskPages}).
 * Run in Chromium by {@link DeskViewsBrowserTest} and in Firefox ESR by {@link DeskViewsFirefoxTest}.
 */
abstract class DeskViewsTest {

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    Explorer explorer;

    @BeforeAll
    void fixture() {
        DeskPages.create(explorer, audit);
    }

    @AfterAll
    void clean() {
        DeskPages.delete(driver);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void anInsurerChecksCounterpartiesAndDownloadsTheResults(String lang) throws IOException {
        DeskPages.checksCounterpartiesAndDownloadsTheResults(explorer, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aSubjectReadsItsReportAndObjects(String lang) {
        DeskPages.readsItsReportAndObjects(explorer, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void anAdministratorManagesUsersAndReadsTheAuditTrail(String lang) {
        DeskPages.managesUsersAndReadsTheAuditTrail(explorer, audit, lang);
    }
}
