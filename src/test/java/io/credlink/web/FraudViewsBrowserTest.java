package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The rings and alerts views on the sample after a detector scan.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FraudViewsBrowserTest {

    Browser browser;
    Explorer explorer;

    @BeforeAll
    void start() {
        explorer.sample(1);
    }

    @BeforeEach
    void signedIn() {
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
    }

    @Test
    void theRingsAreRankedAndOpeningOneDrawsItsEvidenceListsItsClaimsAndOpensACase() {
        JsonNode rings = explorer.http.asAdmin("GET", "/api/v1/fraud/rings?size=1000").json().get("items");
        assertThat(rings.size()).as("the sample holds a ring").isPositive();
        browser.go("#/fraud");
        WebElement first = browser.visible(By.cssSelector("#rings a.ring-link"));
        assertThat(browser.driver.findElements(By.cssSelector("#rings tbody tr"))).hasSize(rings.size());
        Axe.check(browser, "the rings and alerts");
        String id = first.getText();
        JsonNode ring = null;
        for (JsonNode r : rings) {
            if (r.get("id").asString().equals(id)) {
                ring = r;
            }
        }
        assertThat(ring).as("the first row is a ring of the API").isNotNull();
        double best = 0;
        for (JsonNode r : rings) {
            best = Math.max(best, r.get("score").asDouble());
        }
        assertThat(ring.get("score").asDouble()).isEqualTo(best);

        first.click();
        browser.graphReady();
        int claims = ring.get("claimIds").size();
        browser.until(d -> d.findElements(By.cssSelector("#claims-table tbody tr")).size() == claims);

        browser.driver.findElement(By.id("open-case")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-result"), "opened"));
        Axe.check(browser, "a ring with its case opened");
    }

    @Test
    void aRingIsOpenedAndACaseFiledFromTheKeyboard() {
        browser.go("#/fraud");
        browser.visible(By.cssSelector("#rings a.ring-link"));
        browser.tabTo("#rings a.ring-link");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/fraud/ring/"));
        browser.graphReady();
        browser.tabTo("#open-case");
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-result"), "opened"));
    }

    @Test
    void openingAnAlertDrawsTheEntitiesItNames() {
        JsonNode alerts = explorer.http.asAdmin("GET", "/api/v1/fraud/alerts?size=1000").json().get("items");
        assertThat(alerts.size()).isPositive();
        browser.go("#/fraud");
        browser.visible(By.cssSelector("#alerts a.alert-link"));
        assertThat(browser.driver.findElements(By.cssSelector("#alerts tbody tr"))).hasSize(alerts.size());
        browser.driver.findElement(By.cssSelector("#alerts a.alert-link")).click();
        browser.graphReady();
        browser.visible(By.id("open-case"));
    }
}
