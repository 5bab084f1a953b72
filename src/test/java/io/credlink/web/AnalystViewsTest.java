package io.credlink.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyst's pages on the sample after two fraud scans (the dashboard's alerts over time), each
 * workflow from the keyboard in English and in Chinese: the triage queue (filters, neighbourhood)
 * and a case opened from a ring, its evidence gathered (a claim and a party attached by id after
 * refused ids, an alert and a ring added from their pages) and worked to its close; a regulator's
 * dashboard against the API and a closed case's proposed sanction opened into the sanction form.
 * Dates as each language writes them. Every page passes axe-core (the
 * steps: {@link AnalystPages}). Run in Chromium by {@link AnalystViewsBrowserTest} and in Firefox
 * ESR by {@link AnalystViewsFirefoxTest}.
 */
abstract class AnalystViewsTest {

    Explorer explorer;

    @BeforeAll
    void start() {
        explorer.sample(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void anAnalystTriagesClaimsAndWorksACaseFromTheKeyboard(String lang) {
        AnalystPages.triagesClaimsAndWorksACase(explorer, lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aRegulatorReadsTheDashboardAndOpensAProposedSanction(String lang) {
        AnalystPages.readsTheDashboardAndOpensAProposedSanction(explorer, lang);
    }
}
