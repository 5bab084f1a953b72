package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import io.credlink.access.Role;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's pages in headless Chromium on the sample after two fraud scans: the triage queue
 * (filter, neighbourhood), a case opened from a ring and worked (assign, note, link, close with a
 * sanction proposal) from the keyboard alone in English; the dashboard and a regulator following
 * the proposal into the prefilled sanction form in Chinese. Every page passes axe-core.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsBrowserTest {

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    AccessFixtures http;
    Browser browser;
    Map<Role, String> users;

    @BeforeAll
    void start() throws IOException {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(Path.of("datasets/sample"), ImportProgress.NONE);
        users = http.usersByRole(driver);
        for (int i = 0; i < 2; i++) {
            Reply scan = http.asAdmin("POST", "/api/v1/fraud/scans");
            assertThat(scan.status()).as(scan.raw().body()).isEqualTo(200);
        }
    }

    @AfterAll
    void stop() {
        GraphFixtures.deleteDomainData(driver);
    }

    JsonNode get(Role role, String path) {
        String user = users.get(role);
        Reply r = http.call("GET", path, user, AccessFixtures.passwordOf(user));
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.json();
    }

    void signIn(Role role, String language) {
        browser.go("#/login");
        browser.script("localStorage.setItem('credlink.lang', arguments[0])", language);
        browser.driver.navigate().refresh();
        browser.signIn(users.get(role), AccessFixtures.passwordOf(users.get(role)));
    }

    List<String> texts(String css) {
        List<String> out = new ArrayList<>();
        for (WebElement e : browser.driver.findElements(By.cssSelector(css))) {
            out.add(e.getText());
        }
        return out;
    }

    @Test
    void anAnalystTriagesClaimsAndWorksACaseFromTheKeyboard() {
        signIn(Role.ANALYST, "en");
        browser.menu("triage");
        browser.visible(By.cssSelector("#triage-table tbody tr"));
        JsonNode queue = get(Role.ANALYST, "/api/v1/fraud/claim-scores?size=25");
        List<String> expected = new ArrayList<>();
        queue.get("items").forEach(c -> expected.add(c.get("claimId").asString()));
        assertThat(texts("#triage-table tbody th a")).containsExactlyElementsOf(expected);
        assertThat(browser.driver.findElement(By.id("triage-table")).getText()).doesNotContain("DETECTOR_", "NEIGHBOURHOOD");
        Axe.check(browser, "the triage queue");

        // filter by detector from the keyboard: the RING option is the last one
        browser.tabTo("#triage-kind");
        for (int i = 0; i < 5; i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        browser.tabTo("#triage-apply");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("kind=RING"));
        JsonNode rings = get(Role.ANALYST, "/api/v1/fraud/claim-scores?kind=RING&size=25");
        assertThat(rings.get("total").asInt()).isPositive().isLessThan(queue.get("total").asInt());
        List<String> ringClaims = new ArrayList<>();
        rings.get("items").forEach(c -> ringClaims.add(c.get("claimId").asString()));
        browser.until(d -> texts("#triage-table tbody th a").equals(ringClaims));
        assertThat(texts("#triage-table tbody tr:first-child li")).anyMatch(s -> s.startsWith("Collusion ring"));

        // the first claim's neighbourhood in the link graph
        browser.tabTo("#triage-table a.triage-graph");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/graph/" + ringClaims.get(0)));
        browser.graphReady();

        // a case on the best ring, opened from its page, then worked on its own page
        String ringId = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("id").asString();
        browser.go("#/fraud/ring/" + ringId);
        browser.graphReady();
        browser.tabTo("#open-case");
        browser.keys(Keys.ENTER);
        browser.visible(By.id("opened-case"));
        String caseId = browser.driver.findElement(By.id("opened-case")).getText();
        browser.tabTo("#opened-case");
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-heading"), caseId));
        assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("Open");
        assertThat(texts("#case-alerts a")).containsExactly(ringId);
        Axe.check(browser, "an open case");

        String analyst = users.get(Role.ANALYST);
        // the signed-in analyst is proposed as the assignee: Enter assigns the case to them
        browser.tabTo("#case-assignee-input");
        assertThat(browser.driver.findElement(By.id("case-assignee-input")).getDomProperty("value")).isEqualTo(analyst);
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-assignee"), analyst));
        assertThat(get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId).get("assignee").asString()).isEqualTo(analyst);

        browser.tabTo("#case-note-text");
        browser.keys("Shared garage and phone; claimant interviews due.");
        browser.tabTo("#case-note-submit");
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-notes"), "Shared garage and phone"));

        // an empty related case: the API's validation error is shown next to the field
        browser.tabTo("#case-link-submit");
        browser.keys(Keys.ENTER);
        WebElement error = browser.visible(By.cssSelector("#case-link .field-error[data-field='caseId']"));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("case-link-id")).getAttribute("aria-invalid")).isEqualTo("true");
        String alertId = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        String other = http.json("POST", "/api/v1/fraud/cases", analyst, AccessFixtures.passwordOf(analyst),
                "{\"title\":\"Fake policy\",\"alertIds\":[\"" + alertId + "\"]}").json().get("id").asString();
        browser.tabTo("#case-link-id");
        browser.keys(other, Keys.ENTER);
        browser.until(d -> texts("#case-related a").contains(other));

        // close as confirmed fraud with a proposed sanction on a ring member
        String member = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("memberIds").get(0).asString();
        browser.tabTo("#case-close-reason");
        browser.keys("Staged collisions confirmed by the adjusters' reports.");
        browser.tabTo("#case-propose");
        browser.keys(Keys.SPACE);
        browser.visible(By.id("case-sanction-subject"));
        browser.tabTo("#case-sanction-subject");
        browser.keys(member);
        browser.tabTo("#case-sanction-authority");
        browser.keys("Regional insurance regulator");
        browser.tabTo("#case-close-submit");
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Fraud confirmed"));
        browser.visible(By.cssSelector("#case-proposal-impact p"));
        JsonNode closed = get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(closed.get("status").asString()).isEqualTo("CONFIRMED_FRAUD");
        assertThat(closed.get("sanctionProposal").get("subjectId").asString()).isEqualTo(member);
        assertThat(browser.driver.findElements(By.id("case-proposal-open"))).as("only a regulator records sanctions").isEmpty();
        Axe.check(browser, "a closed case");

        browser.menu("cases");
        browser.visible(By.cssSelector("#cases-table tbody tr"));
        assertThat(texts("#cases-table tbody th a")).contains(caseId, other);
        assertThat(browser.driver.findElement(By.id("cases-table")).getText()).doesNotContain("CONFIRMED_FRAUD");
        Axe.check(browser, "the case list");
    }

    @Test
    void inChineseTheDashboardMatchesTheApiAndARegulatorOpensTheProposedSanction() {
        String analyst = users.get(Role.ANALYST);
        String alertId = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=RING&size=1").get("items").get(0).get("id").asString();
        String member = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("memberIds").get(0).asString();
        String caseId = http.json("POST", "/api/v1/fraud/cases", analyst, AccessFixtures.passwordOf(analyst),
                "{\"title\":\"团伙案件\",\"alertIds\":[\"" + alertId + "\"]}").json().get("id").asString();
        Reply closed = http.json("POST", "/api/v1/fraud/cases/" + caseId + "/closure", analyst, AccessFixtures.passwordOf(analyst),
                "{\"resolution\":\"CONFIRMED_FRAUD\",\"reason\":\"确认\",\"proposedSanction\":{\"subjectId\":\"" + member
                        + "\",\"authority\":\"某省监管局\",\"kind\":\"BAN_FROM_INDUSTRY\",\"severity\":4,\"blacklist\":true,"
                        + "\"decidedOn\":\"2025-06-01\",\"effectiveFrom\":\"2025-06-01\"}}");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);

        signIn(Role.REGULATOR, "zh-CN");
        assertThat(browser.driver.findElement(By.cssSelector("#nav a[data-nav='dashboard']")).getText()).isEqualTo("监管看板");
        browser.menu("dashboard");
        browser.visible(By.cssSelector("#dash-alerts-table tbody tr"));
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("监管看板");
        JsonNode summary = get(Role.REGULATOR, "/api/v1/credit/summary");
        for (JsonNode type : summary.get("types")) {
            String row = "#dash-grades-table tr[data-type='" + type.get("type").asString() + "'] ";
            for (String g : List.of("A", "B", "C", "D")) {
                assertThat(browser.driver.findElement(By.cssSelector(row + "td[data-grade='" + g + "']")).getText().replace(",", ""))
                        .isEqualTo(String.valueOf(type.get("grades").get(g).asLong()));
            }
        }
        JsonNode scans = get(Role.REGULATOR, "/api/v1/fraud/scans").get("items");
        assertThat(browser.driver.findElements(By.cssSelector("#dash-alerts-table tbody tr"))).hasSize(scans.size());
        String newest = scans.get(0).get("scanId").asString();
        assertThat(browser.driver.findElement(By.cssSelector("#dash-alerts-table tr[data-scan='" + newest + "'] td[data-kind='RING']")).getText())
                .isEqualTo(String.valueOf(scans.get(0).get("alerts").get("RING").asLong()));
        browser.until(d -> d.findElements(By.cssSelector(".chart[data-ready='true'] canvas")).size() == 3);
        for (String chart : List.of("dash-coverage-chart", "dash-grades-chart", "dash-alerts-chart")) {
            WebElement box = browser.driver.findElement(By.id(chart));
            assertThat(box.getAttribute("role")).isEqualTo("img");
            assertThat(box.getAttribute("aria-label")).contains("下表");
            assertThat(browser.driver.findElement(By.id(box.getAttribute("aria-describedby"))).getTagName()).isEqualTo("table");
        }
        String page = browser.driver.findElement(By.id("view")).getText();
        assertThat(page).contains("覆盖率", "欺诈团伙", "保险机构").doesNotContain("RING", "Intermediary", "FAKE_POLICY");
        Axe.check(browser, "the dashboard (zh-CN)");

        browser.menu("triage");
        browser.visible(By.cssSelector("#triage-table tbody tr"));
        assertThat(browser.driver.findElement(By.cssSelector("label[for='triage-kind']")).getText()).startsWith("检测规则");
        assertThat(browser.driver.findElement(By.id("triage-table")).getText()).doesNotContain("DETECTOR_");
        Axe.check(browser, "the triage queue (zh-CN)");

        browser.go("#/cases/" + caseId);
        browser.visible(By.id("case-proposal-open"));
        assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("认定欺诈");
        assertThat(browser.driver.findElement(By.id("case-proposal-kind")).getText()).isEqualTo("行业禁入");
        browser.visible(By.cssSelector("#case-proposal-impact p"));
        Axe.check(browser, "a closed case with a proposal (zh-CN)");
        browser.tabTo("#case-proposal-open");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/impact"));
        assertThat(browser.visible(By.id("impact-subject")).getAttribute("value")).isEqualTo(member);
        assertThat(browser.driver.findElement(By.id("impact-kind")).getAttribute("value")).isEqualTo("BAN_FROM_INDUSTRY");
        assertThat(browser.driver.findElement(By.id("impact-severity")).getAttribute("value")).isEqualTo("4");
    }
}
