package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import io.credlink.monitoring.WebhookReceiver;

/**
 * The monitoring pages in headless Firefox (ESR), from the keyboard as an insurer: a list made
 * and filled (by ids and a CSV file), a refused webhook target shown next to its field, a
 * subscription, and a regulator's sanction recorded through the API seen in the inbox, delivered.
 * No JavaScript error on the way. Skipped without firefox-esr, a failure then when {@code CI} is set.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringViewsFirefoxTest {

    static final String INSURER = PrivacyFixture.INSURER_USER;

    @Autowired
    Driver driver;

    Firefox ff;
    Explorer explorer;
    Page page;
    WebhookReceiver receiver;

    @BeforeAll
    void fixture() throws IOException {
        PrivacyFixture.create(driver, explorer.http);
        receiver = new WebhookReceiver();
    }

    @AfterAll
    void clean() {
        receiver.close();
        MonitoringPages.deleteMonitoring(driver);
        GraphFixtures.deleteDomainData(driver);
    }

    @BeforeEach
    void signedIn() {
        page = explorer.signIn(INSURER, AccessFixtures.passwordOf(INSURER), "en");
    }

    @AfterEach
    void emptyLists() {
        MonitoringPages.deleteMonitoring(driver);
    }

    long rows(String tableId) {
        return ((Number) ff.call("(id) => document.querySelectorAll('#' + id + ' tbody tr').length", tableId)).longValue();
    }

    @Test
    void anInsurerWatchesPartiesFromTheKeyboardAndSeesARegulatorsSanctionDelivered() throws Exception {
        ff.go("#/watchlists");
        ff.visible("#wl-name");
        ff.call("() => document.getElementById('wl-name').focus()");
        ff.keys("Partners", Firefox.TAB, "CON-PV1");
        page.tabTo("#wl-create");
        ff.keys(Firefox.ENTER);
        ff.until("the list page", "() => location.hash.startsWith('#/watchlists/WL-')");
        ff.until("one member", "() => document.querySelectorAll('#wl-members-table tbody tr').length === 1");
        String listId = ff.text("() => location.hash.replace(/^#\\/watchlists\\/([^?]+).*$/, '$1')");

        // an unknown id: the API's problem next to the field
        page.tabTo("#wl-add-ids");
        ff.keys("NOPE-FF");
        page.tabTo("#wl-add");
        ff.keys(Firefox.ENTER);
        ff.until("the problem next to the ids", "() => document.getElementById('wl-add-ids-error').textContent.includes('NOPE-FF')");
        assertThat(ff.focused()).as("the invalid field gets the focus").isEqualTo("#wl-add-ids");

        // a CSV file chosen in the picker (set as a person's choice would set it) and uploaded with Enter
        ff.call("() => { const dt = new DataTransfer(); dt.items.add(new File(['id\\nPRC-PV1\\n'], 'members.csv', "
                + "{type: 'text/csv'})); document.getElementById('wl-csv').files = dt.files; }");
        page.tabTo("#wl-upload");
        ff.keys(Firefox.ENTER);
        ff.until("two members", "() => document.querySelectorAll('#wl-members-table tbody tr').length === 2");
        page.axe("a watch list with its members");

        // a refused target, then the receiver
        page.tabTo("#sub-url");
        ff.keys("http://192.168.1.1/hook");
        page.tabTo("#sub-create");
        ff.keys(Firefox.ENTER);
        ff.until("the refusal next to the URL", "() => document.getElementById('sub-url-error').textContent.includes('192.168.1.1')");
        ff.type("#sub-url", receiver.url("/ff"));
        String secret = ff.text("() => document.getElementById('sub-secret').value");
        page.tabTo("#sub-create");
        ff.keys(Firefox.ENTER);
        ff.until("the secret shown once", "(s) => document.getElementById('sub-secret-once')?.textContent === s", secret);
        ff.until("the subscription listed", "() => document.querySelectorAll('#sub-table tbody tr').length === 1");

        Reply sanction = MonitoringPages.sanction(explorer.http, driver, Role.REGULATOR, "SAN-FF-1", "PRC-PV1");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);

        ff.go("#/notifications?watchlistId=" + listId);
        ff.until("the sanction in the inbox", "() => [...document.querySelectorAll('#inbox-table tbody tr')]"
                + ".some((r) => r.textContent.includes('SAN-FF-1') && r.textContent.includes('Blacklisted'))");
        WebhookReceiver.Call call = receiver.next(Duration.ofSeconds(30));
        assertThat(call).as("the webhook call").isNotNull();
        assertThat(call.headers().get("X-CredLink-Signature")).isEqualTo("sha256=" + MonitoringPages.hmac(call.body(), secret));
        ff.until("delivered", "() => !!document.querySelector('#inbox-table [data-status=\"DELIVERED\"]')");
        page.axe("the notifications");
        // the page shows what the API answers (later changes, e.g. a grade, are picked up by the refresh)
        ff.untilTrue("the inbox as the API answers it",
                () -> rows("inbox-table") == MonitoringPages.inboxSize(explorer.http, INSURER, listId));
    }
}
