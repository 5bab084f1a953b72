package io.credlink.web;

import static io.credlink.resolution.ResolutionFixture.PERSON_A;
import static io.credlink.resolution.ResolutionFixture.PERSON_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import io.credlink.access.Role;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.resolution.ResolutionFixture;
import tools.jackson.databind.JsonNode;

/**
 * Entity resolution in headless Firefox (ESR) over WebDriver BiDi: the party page's "Same as"
 * panel with its evidence, the same-as edge of the link graph, and a pair of the review queue
 * decided from the keyboard alone, the decision read back through the API. The page must not
 * raise a JavaScript error.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirefoxResolutionTest {

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    AccessFixtures http;
    Firefox ff;
    Map<Role, String> users;

    @BeforeAll
    void start() throws IOException {
        GraphFixtures.deleteDomainData(driver);
        Path dir = Files.createTempDirectory("resolution-fixture");
        imports.importDirectory(ResolutionFixture.write(dir), ImportProgress.NONE);
        ResolutionBrowserFixture.queueForReview(driver);
        users = http.usersByRole(driver);
    }

    @AfterAll
    void stop() {
        GraphFixtures.deleteDomainData(driver);
    }

    @BeforeEach
    void noErrorsYet() {
        ff.takePageErrors();
    }

    @AfterEach
    void noJavaScriptError() {
        assertThat(ff.takePageErrors()).as("JavaScript errors in Firefox " + ff.version).isEmpty();
    }

    private void signIn(String name) {
        ff.go("#/login");
        ff.type("#login-name", name);
        ff.type("#login-password", AccessFixtures.passwordOf(name));
        ff.click("#login-submit");
        ff.until("signed in as " + name, "(n) => document.getElementById('who-name').textContent.includes(n)", name);
    }

    @Test
    void thePartyPageShowsTheOtherRecordWithItsEvidence() {
        signIn(AccessFixtures.ADMIN);
        ff.go("#/party/" + PERSON_A);
        String row = "#same-as-members tr[data-id='" + PERSON_B + "']";
        ff.visible(row);
        JsonNode match = ResolutionBrowserFixture.match(http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json(),
                PERSON_B);
        String text = ff.text("(css) => document.querySelector(css).textContent", row);
        assertThat(text).contains("刘德华", "RINS-B", "Match", String.format("%.3f", match.get("score").asDouble()));
        assertThat(ff.call("(css) => document.querySelectorAll(css + ' ul.evidence li').length", row))
                .isEqualTo((double) match.get("evidence").size());
        assertThat(ff.text("(css) => document.querySelector(css + \" ul.evidence li[data-field='name']\").dataset.comparison", row))
                .isEqualTo("EXACT");
    }

    @Test
    void theLinkGraphShowsTheSameAsEdge() {
        signIn(AccessFixtures.ADMIN);
        ff.go("#/graph/" + PERSON_A + "?depth=1");
        ff.graphReady();
        ff.visible("#graph-same-as li[data-id='" + PERSON_B + "']");
        assertThat(ff.text("() => document.getElementById('cy')._cyreg.cy.edges('[type=\"SAME_AS\"]')"
                + ".map((e) => e.source().id() + '>' + e.target().id()).join(',')")).contains(PERSON_A + ">" + PERSON_B);
    }

    @Test
    void aPairIsDecidedSameFromTheKeyboardAloneAndStored() {
        String analyst = users.get(Role.ANALYST);
        signIn(analyst);
        JsonNode queue = http.asAdmin("GET", "/api/v1/resolution/reviews?size=20").json();
        long total = queue.get("total").asLong();
        assertThat(queue.get("items").size()).isGreaterThanOrEqualTo(1);
        JsonNode first = queue.get("items").get(0);
        ff.go("#/review");
        ff.visible("#review-queue[data-ready='true']");
        assertThat(ff.call("() => document.querySelectorAll('#review-queue [role=option]').length"))
                .isEqualTo((double) queue.get("items").size());
        tabTo("#review-queue");
        ff.keys("j", "k");
        ff.until("the first pair selected", "() => document.getElementById('review-item-0').getAttribute('aria-selected') === 'true'");
        ff.until("its records side by side", "(a, b) => { const t = document.getElementById('review-records');"
                + " return !!t && t.textContent.includes(a) && t.textContent.includes(b); }",
                first.get("entityId").asString(), first.get("otherId").asString());
        // Tab to the reason, type it, Tab to Same, Enter
        tabTo("#review-reason");
        ff.keys("同一人：两家保险公司确认");
        tabTo("#review-same");
        ff.keys(Firefox.ENTER);
        ff.until("the decision shown", "() => !!document.querySelector(\"#review-decided li[data-decision='SAME']\")");
        ff.until("the queue advanced", "(n) => document.getElementById('review-status').textContent.includes(n + ' pair')"
                + " || (n === 0 && document.getElementById('review-status').textContent.includes('No pair'))", (double) (total - 1));

        JsonNode stored = http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=" + first.get("entityId").asString())
                .json().get("items").get(0);
        assertThat(stored.get("decision").asString()).isEqualTo("SAME");
        assertThat(stored.get("reason").asString()).isEqualTo("同一人：两家保险公司确认");
        assertThat(List.of(stored.get("entityId").asString(), stored.get("otherId").asString()))
                .containsExactlyInAnyOrder(first.get("entityId").asString(), first.get("otherId").asString());
        assertThat(http.asAdmin("GET", "/api/v1/entities/" + first.get("otherId").asString()).json().get("resolvedId").asString())
                .isEqualTo(http.asAdmin("GET", "/api/v1/entities/" + first.get("entityId").asString()).json().get("resolvedId").asString());
    }

    private void tabTo(String css) {
        for (int i = 0; i < 40; i++) {
            if (Boolean.TRUE.equals(ff.call("(css) => document.activeElement?.matches(css) === true", css))) {
                return;
            }
            ff.keys(Firefox.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " (focus on " + ff.focused() + ")");
    }
}
