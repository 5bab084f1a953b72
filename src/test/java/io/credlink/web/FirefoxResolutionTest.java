package io.credlink.web;

import static io.credlink.resolution.ResolutionFixture.PERSON_A;
import static io.credlink.resolution.ResolutionFixture.PERSON_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.Role;
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

    Firefox ff;
    Explorer explorer;

    @BeforeAll
    void start() throws IOException {
        ResolutionBrowserFixture.create(explorer);
    }

    @Test
    void thePartyPageShowsTheOtherRecordWithItsEvidence() {
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
        ff.go("#/party/" + PERSON_A);
        String row = "#same-as-members tr[data-id='" + PERSON_B + "']";
        ff.visible(row);
        JsonNode match = ResolutionBrowserFixture.match(explorer.http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json(),
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
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
        ff.go("#/graph/" + PERSON_A + "?depth=1");
        ff.graphReady();
        ff.visible("#graph-same-as li[data-id='" + PERSON_B + "']");
        assertThat(ff.text("() => document.getElementById('cy')._cyreg.cy.edges('[type=\"SAME_AS\"]')"
                + ".map((e) => e.source().id() + '>' + e.target().id()).join(',')")).contains(PERSON_A + ">" + PERSON_B);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aPairIsDecidedSameFromTheKeyboardAloneAndStored(String lang) {
        Messages m = Messages.of(lang, "review");
        Page page = explorer.signIn(Role.ANALYST, lang);
        JsonNode queue = explorer.http.asAdmin("GET", "/api/v1/resolution/reviews?size=20").json();
        long total = queue.get("total").asLong();
        assertThat(queue.get("items").size()).isGreaterThanOrEqualTo(1);
        JsonNode first = queue.get("items").get(0);
        ff.go("#/review");
        ff.visible("#review-queue[data-ready='true']");
        assertThat(ff.call("() => document.querySelectorAll('#review-queue [role=option]').length"))
                .isEqualTo((double) queue.get("items").size());
        if (m.chinese()) {
            page.assertHanRendered("main h1");
        }
        page.axe("the review queue (" + lang + ")");
        page.tabTo("#review-queue");
        ff.keys("j", "k");
        ff.until("the first pair selected", "() => document.getElementById('review-item-0').getAttribute('aria-selected') === 'true'");
        ff.until("its records side by side", "(a, b) => { const t = document.getElementById('review-records');"
                + " return !!t && t.textContent.includes(a) && t.textContent.includes(b); }",
                first.get("entityId").asString(), first.get("otherId").asString());
        // Tab to the reason, type it, Tab to Same, Enter
        page.tabTo("#review-reason");
        ff.keys("同一人：两家保险公司确认");
        page.tabTo("#review-same");
        ff.keys(Firefox.ENTER);
        ff.until("the decision shown", "() => !!document.querySelector(\"#review-decided li[data-decision='SAME']\")");
        page.until("the queue advanced", "(t) => document.getElementById('review-status').textContent === t",
                total > 1 ? m.get("review.waiting", "n", total - 1) : m.get("review.none-waiting"));

        JsonNode stored = explorer.http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=" + first.get("entityId").asString())
                .json().get("items").get(0);
        assertThat(stored.get("decision").asString()).isEqualTo("SAME");
        assertThat(stored.get("reason").asString()).isEqualTo("同一人：两家保险公司确认");
        assertThat(List.of(stored.get("entityId").asString(), stored.get("otherId").asString()))
                .containsExactlyInAnyOrder(first.get("entityId").asString(), first.get("otherId").asString());
        assertThat(explorer.http.asAdmin("GET", "/api/v1/entities/" + first.get("otherId").asString()).json().get("resolvedId").asString())
                .isEqualTo(explorer.http.asAdmin("GET", "/api/v1/entities/" + first.get("entityId").asString()).json().get("resolvedId").asString());
    }
}
