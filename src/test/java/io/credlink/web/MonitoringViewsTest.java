package io.credlink.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credlink.access.PrivacyFixture;
import io.credlink.monitoring.WebhookReceiver;

/**
 * The insurer's monitoring pages from the keyboard in English and in Chinese, each language with
 * its own list, parties, refusals and sanction: watch list, members, webhook, inbox, removal and
 * deletion, compared with what the API answers and with the language's texts, axe-core on the
 * pages (the steps: {@link MonitoringPages}). Run in Chromium by {@link MonitoringViewsBrowserTest}
 * and in Firefox ESR by {@link MonitoringViewsFirefoxTest}.
 */
abstract class MonitoringViewsTest {

    Explorer explorer;
    WebhookReceiver receiver;

    @BeforeAll
    void fixture() throws IOException {
        explorer.deleteDomainData();
        PrivacyFixture.create(explorer.driver(), explorer.http);
        receiver = new WebhookReceiver();
    }

    @AfterAll
    void clean() {
        receiver.close();
        MonitoringPages.deleteMonitoring(explorer.driver());
        explorer.deleteDomainData();
    }

    /** What the run set off is done (a late grade change would land on the next run's list), then its lists go. */
    @AfterEach
    void emptyLists() {
        explorer.settled();
        MonitoringPages.deleteMonitoring(explorer.driver());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void anInsurerWatchesPartiesSubscribesAWebhookAndReadsTheInbox(String lang) throws Exception {
        MonitoringPages.watchesPartiesSubscribesAndReadsTheInbox(explorer, receiver, lang);
    }
}
