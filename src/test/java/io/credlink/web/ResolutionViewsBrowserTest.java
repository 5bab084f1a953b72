package io.credlink.web;

import static io.credlink.resolution.ResolutionFixture.PERSON_A;
import static io.credlink.resolution.ResolutionFixture.PERSON_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Entity resolution in the explorer, in headless Chromium: the party page's "Same as" panel with
 * the evidence per field, the same-as edge of the link graph, and the review page, where a pair
 * is decided from the keyboard alone and the decision is stored (read back through the API).
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolutionViewsBrowserTest {

    static final String INSURER_A = "browser-insurer-a";

    Browser browser;
    Explorer explorer;

    @BeforeAll
    void start() throws IOException {
        ResolutionBrowserFixture.create(explorer);
        assertThat(explorer.http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + INSURER_A + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"INSURER\", \"orgId\": \"RINS-A\"}").status()).isIn(201, 409);
    }

    @Test
    void thePartyPageListsTheOtherRecordsWithTheirInsurersProbabilityAndEvidence() {
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
        browser.go("#/party/" + PERSON_A);
        WebElement row = browser.visible(By.cssSelector("#same-as-members tr[data-id='" + PERSON_B + "']"));
        JsonNode resolved = explorer.http.asAdmin("GET", "/api/v1/resolved/" + PERSON_A).json();
        List<String> members = new ArrayList<>();
        resolved.get("members").forEach(m -> {
            if (!m.get("entityId").asString().equals(PERSON_A)) {
                members.add(m.get("entityId").asString());
            }
        });
        assertThat(rowIds("#same-as-members tbody tr")).containsExactlyInAnyOrderElementsOf(members);
        assertThat(row.getText()).contains("刘德华", "Consumer", "RINS-B", "Match");
        JsonNode match = ResolutionBrowserFixture.match(explorer.http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json(),
                PERSON_B);
        assertThat(row.getText()).contains(String.format("%.3f", match.get("score").asDouble()));
        List<WebElement> evidence = row.findElements(By.cssSelector("ul.evidence li"));
        assertThat(evidence).hasSize(match.get("evidence").size());
        assertThat(row.findElement(By.cssSelector("ul.evidence li[data-field='idNumber']")).getAttribute("data-comparison"))
                .isEqualTo("EXACT");
        // each member links to its own page
        row.findElement(By.cssSelector("a[href='#/party/" + PERSON_B + "']")).click();
        browser.until(d -> d.findElement(By.id("party-title")).getText().contains("刘德华"));
        browser.visible(By.cssSelector("#same-as-members tr[data-id='" + PERSON_A + "']"));
    }

    @Test
    void thePartyPageShowsTheDecisionsTakenOnItsPairs() {
        String analyst = explorer.user(Role.ANALYST);
        assertThat(explorer.http.json("POST", "/api/v1/resolution/decisions", analyst, AccessFixtures.PASSWORD,
                "{\"entityId\":\"RZ-10\",\"otherId\":\"RZ-11\",\"decision\":\"DIFFERENT\",\"reason\":\"不同的人\"}").status())
                .isEqualTo(201);
        explorer.signIn(analyst, AccessFixtures.PASSWORD, "en");
        browser.go("#/party/RZ-10");
        WebElement decided = browser.visible(By.cssSelector("#same-as-decisions tbody tr"));
        assertThat(decided.getText()).contains("Different", "不同的人", analyst, "RZ-11");
        assertThat(browser.visible(By.cssSelector("#same-as-candidates tr[data-id='RZ-11']")).getText()).contains("Rejected");
    }

    @Test
    void theLinkGraphDrawsTheSameAsEdgeAndListsItBesideTheDrawing() {
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
        browser.go("#/graph/" + PERSON_A + "?depth=1");
        browser.graphReady();
        WebElement item = browser.visible(By.cssSelector("#graph-same-as li[data-id='" + PERSON_B + "']"));
        assertThat(item.getText()).contains("same as");
        assertThat(item.getAttribute("data-decision")).isEqualTo("MATCH");
        Object drawn = browser.script("return document.getElementById('cy')._cyreg.cy.edges('[type=\"SAME_AS\"]')"
                + ".map((e) => e.source().id() + '>' + e.target().id() + ':' + e.data('sameAsLabel'))");
        assertThat(drawn.toString()).contains(PERSON_A + ">" + PERSON_B + ":same as ");
    }

    @Test
    void anInsurerSeesNoRecordOfAnotherInsurerAndNoReviewPage() {
        explorer.signIn(INSURER_A, AccessFixtures.PASSWORD, "en");
        assertThat(browser.driver.findElement(By.cssSelector("#nav a[data-nav='review']")).isDisplayed()).isFalse();
        browser.go("#/party/" + PERSON_A);
        // the page asks a dozen things at once, each masked and audited for an insurer: on a loaded
        // machine that took longer than the usual wait
        WebDriverWait patient = new WebDriverWait(browser.driver, Duration.ofSeconds(120));
        patient.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        WebElement panel = patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("same-as-summary")));
        patient.until(d -> d.findElement(By.id("party-same-as")).getText().contains("analysts, regulators"));
        assertThat(panel.getText()).contains("No other record");
        assertThat(browser.driver.findElement(By.id("party-same-as")).getText()).doesNotContain(PERSON_B);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aPairIsDecidedFromTheKeyboardAloneAndTheDecisionIsStored(String lang) {
        Messages m = Messages.of(lang, "review", "common");
        Page page = explorer.signIn(Role.ANALYST, lang);
        JsonNode queue = explorer.http.asAdmin("GET", "/api/v1/resolution/reviews?size=20").json();
        long total = queue.get("total").asLong();
        assertThat(total).as("the queue holds two pages").isGreaterThan(20);
        browser.go("#/review");
        browser.visible(By.cssSelector("#review-queue[data-ready='true']"));
        assertThat(browser.driver.findElements(By.cssSelector("#review-queue [role=option]"))).hasSize(queue.get("items").size());
        assertThat(browser.driver.findElement(By.id("review-status")).getText()).isEqualTo(m.get("review.waiting", "n", total));
        if (m.chinese()) {
            page.assertHanRendered("main h1");
        }
        page.axe("the review queue (" + lang + ")");

        // Tab to the queue; n and p page through it
        browser.tabTo("#review-queue");
        browser.keys("n");
        browser.until(d -> d.findElement(By.id("review-page")).getText().matches(m.pattern("common.page-of", "page", 2)));
        assertThat(browser.driver.findElements(By.cssSelector("#review-queue [role=option]"))).hasSize((int) Math.min(20, total - 20));
        browser.keys("p");
        browser.until(d -> d.findElement(By.id("review-page")).getText().matches(m.pattern("common.page-of", "page", 1))
                && d.findElements(By.cssSelector("#review-queue [role=option]")).size() == 20);
        // j moves to the second pair, k back, ↓ forward again
        browser.keys("j");
        browser.until(d -> "true".equals(d.findElement(By.id("review-item-1")).getAttribute("aria-selected")));
        browser.keys("k");
        browser.until(d -> "true".equals(d.findElement(By.id("review-item-0")).getAttribute("aria-selected")));
        browser.keys(Keys.ARROW_DOWN);
        browser.until(d -> "true".equals(d.findElement(By.id("review-item-1")).getAttribute("aria-selected")));
        JsonNode chosen = queue.get("items").get(1);
        String a = chosen.get("entityId").asString();
        String b = chosen.get("otherId").asString();
        // the two records side by side and the evidence of the pair
        browser.until(d -> d.findElement(By.id("review-records")).getText().contains(a)
                && d.findElement(By.id("review-records")).getText().contains(b));
        assertThat(browser.driver.findElements(By.cssSelector("#review-pair ul.evidence li"))).hasSize(chosen.get("evidence").size());

        // d without a reason: the API's problem is shown next to the reason field, which gets the focus
        browser.keys("d");
        // the API's words, in the page's language: English names the field
        browser.until(d -> !d.findElement(By.id("review-reason-error")).getText().isBlank());
        if (!m.chinese()) {
            assertThat(browser.driver.findElement(By.id("review-reason-error")).getText().toLowerCase()).contains("reason");
        }
        assertThat(browser.focusedIs("#review-reason")).isTrue();
        browser.keys("两个不同的人, checked by phone");
        // Esc leaves the field, d decides
        browser.keys(Keys.ESCAPE);
        assertThat(browser.focusedIs("#review-queue")).isTrue();
        browser.keys("d");
        browser.until(d -> !d.findElements(By.cssSelector("#review-decided li[data-decision='DIFFERENT']")).isEmpty());
        browser.until(d -> d.findElement(By.id("review-status")).getText().equals(m.get("review.waiting", "n", total - 1)));
        // the queue advanced: the pair left it and the selection holds the next one
        assertThat(browser.driver.findElements(By.cssSelector("#review-queue [data-entity='" + a + "'][data-other='" + b + "']")))
                .isEmpty();

        JsonNode stored = explorer.http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=" + a).json().get("items").get(0);
        assertThat(stored.get("decision").asString()).isEqualTo("DIFFERENT");
        assertThat(stored.get("reason").asString()).isEqualTo("两个不同的人, checked by phone");
        assertThat(stored.get("decidedBy").asString()).isEqualTo(explorer.user(Role.ANALYST));
        assertThat(List.of(stored.get("entityId").asString(), stored.get("otherId").asString())).containsExactlyInAnyOrder(a, b);
        assertThat(explorer.http.asAdmin("GET", "/api/v1/resolution/reviews").json().get("total").asLong()).isEqualTo(total - 1);

        // SAME from the buttons: Tab to the reason, type, Tab to Same, Enter
        browser.tabTo("#review-reason");
        browser.keys("同一人");
        browser.tabTo("#review-same");
        browser.keys(Keys.ENTER);
        browser.until(d -> !d.findElements(By.cssSelector("#review-decided li[data-decision='SAME']")).isEmpty());
        assertThat(explorer.http.asAdmin("GET", "/api/v1/resolution/reviews").json().get("total").asLong()).isEqualTo(total - 2);
    }

    private List<String> rowIds(String css) {
        List<String> ids = new ArrayList<>();
        browser.driver.findElements(By.cssSelector(css)).forEach(r -> ids.add(r.getAttribute("data-id")));
        return ids;
    }
}
