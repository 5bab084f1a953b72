package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import io.credlink.monitoring.WebhookReceiver;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring pages in headless Chromium, as an insurer: a watch list created (an unknown id
 * refused next to its field), members added by id and from a CSV file, a webhook subscribed (an
 * internal target refused next to the URL, the secret shown once), and a regulator's sanction
 * recorded through the API seen in the inbox, delivered, and on the member's row.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringViewsBrowserTest {

    static final String INSURER = PrivacyFixture.INSURER_USER;

    @Autowired
    Driver driver;

    Browser browser;
    Explorer explorer;
    WebhookReceiver receiver;

    @TempDir
    Path dir;

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

    @AfterEach
    void emptyLists() {
        MonitoringPages.deleteMonitoring(driver);
    }

    List<WebElement> rows(String tableId) {
        return browser.driver.findElements(By.cssSelector("#" + tableId + " tbody tr"));
    }

    @Test
    void anInsurerWatchesPartiesSubscribesAWebhookAndSeesARegulatorsSanction() throws Exception {
        explorer.signIn(INSURER, AccessFixtures.passwordOf(INSURER), "en");
        browser.go("#/watchlists");
        browser.type(By.id("wl-name"), "Agents");
        browser.type(By.id("wl-ids"), "CON-PV1\nNOPE-404");
        browser.driver.findElement(By.id("wl-create")).click();
        // the API's 404 problem is shown next to the ids, which are marked invalid
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wl-ids-error"), "NOPE-404"));
        assertThat(browser.driver.findElement(By.id("wl-ids")).getAttribute("aria-invalid")).isEqualTo("true");

        browser.type(By.id("wl-ids"), "CON-PV1");
        browser.driver.findElement(By.id("wl-create")).click();
        browser.until(d -> d.getCurrentUrl().contains("#/watchlists/WL-"));
        browser.until(d -> rows("wl-members-table").size() == 1);
        String listId = browser.driver.getCurrentUrl().replaceAll(".*#/watchlists/([^?]+).*", "$1");

        // members from a CSV file, through the file picker
        Path csv = dir.resolve("members.csv");
        Files.writeString(csv, "entity_id\nPRC-PV1\n", StandardCharsets.UTF_8);
        browser.driver.findElement(By.id("wl-csv")).sendKeys(csv.toAbsolutePath().toString());
        browser.driver.findElement(By.id("wl-upload")).click();
        browser.until(d -> rows("wl-members-table").size() == 2);
        JsonNode list = explorer.http.call("GET", "/api/v1/watchlists/" + listId, INSURER, AccessFixtures.passwordOf(INSURER)).json();
        assertThat(list.get("entityIds").toString()).contains("CON-PV1").contains("PRC-PV1");

        // an internal target is refused next to the URL; a loopback receiver the tests allow is taken
        browser.type(By.id("sub-url"), "http://10.0.0.1/hook");
        browser.driver.findElement(By.id("sub-create")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sub-url-error"), "10.0.0.1"));
        browser.type(By.id("sub-url"), receiver.url("/insurer"));
        String secret = browser.driver.findElement(By.id("sub-secret")).getAttribute("value");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(16);
        browser.driver.findElement(By.id("sub-create")).click();
        assertThat(browser.visible(By.id("sub-secret-once")).getText()).isEqualTo(secret);
        browser.until(d -> rows("sub-table").size() == 1);

        Reply sanction = MonitoringPages.sanction(explorer.http, driver, Role.REGULATOR, "SAN-UI-1", "CON-PV1");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);

        // the inbox refreshes by itself: the notification appears, then its delivery
        browser.driver.findElement(By.cssSelector("#nav a[data-nav='notifications']")).click();
        browser.until(d -> d.findElements(By.cssSelector("#inbox-table tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("Sanction recorded") && r.getText().contains("SAN-UI-1")));
        WebhookReceiver.Call call = receiver.next(Duration.ofSeconds(30));
        assertThat(call).as("the webhook call").isNotNull();
        assertThat(call.headers().get("X-CredLink-Signature")).isEqualTo("sha256=" + MonitoringPages.hmac(call.body(), secret));
        browser.until(d -> !d.findElements(By.cssSelector("#inbox-table [data-status='DELIVERED']")).isEmpty());
        Axe.check(browser, "the notifications");
        // the page shows what the API answers (later changes, e.g. a grade, are picked up by the refresh)
        browser.until(d -> rows("inbox-table").size() == MonitoringPages.inboxSize(explorer.http, INSURER, listId));

        // the list page shows the member as the counterparty check sees it: blacklisted now
        MonitoringPages.untilBlacklisted(explorer.http, INSURER, "CON-PV1");
        browser.go("#/watchlists/" + listId);
        browser.until(d -> rows("wl-members-table").stream().anyMatch(r -> r.getText().contains("CON-PV1")
                && r.getText().contains("yes")));
        Axe.check(browser, "a watch list");
        browser.until(d -> rows("sub-table").size() == 1
                && rows("sub-table").get(0).findElements(By.tagName("td")).get(4).getText().equals("1"));

        // removing a member
        browser.driver.findElement(By.cssSelector(".wl-remove[data-id='PRC-PV1']")).click();
        browser.until(d -> rows("wl-members-table").size() == 1);
    }

    @Test
    void aWatchListIsMadeAndFilledFromTheKeyboard() {
        explorer.signIn(INSURER, AccessFixtures.passwordOf(INSURER), "en");
        browser.go("#/watchlists");
        browser.visible(By.id("wl-name"));
        browser.tabTo("#wl-name");
        browser.keys("Keyboard list", Keys.TAB, "CON-PV1");
        browser.tabTo("#wl-create");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/watchlists/WL-"));
        browser.until(d -> rows("wl-members-table").size() == 1);

        browser.tabTo("#wl-add-ids");
        browser.keys("PRC-PV1");
        browser.tabTo("#wl-add");
        browser.keys(Keys.ENTER);
        browser.until(d -> rows("wl-members-table").size() == 2);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wl-status"), "2 members"));
    }
}
