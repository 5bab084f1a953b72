package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * (filter, neighbourhood), a case opened from a ring and worked (a claim and a party attached by
 * id after refused ids, an alert added from its page, assign, note, link, close with a sanction
 * proposal: the attached claim becomes fraud) from the keyboard alone in English; in Chinese an
 * alert added to a case from its page, the dashboard and a regulator following the proposal into
 * the prefilled sanction form. Dates and instants as each language writes them. Every page passes
 * axe-core.
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

    /** An instant as the page shows it: in the browser's time zone, in the pattern of its language. */
    String inBrowserZone(String instant, String pattern, Locale locale) {
        ZoneId zone = ZoneId.of((String) browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        return DateTimeFormatter.ofPattern(pattern, locale).format(OffsetDateTime.parse(instant).atZoneSameInstant(zone));
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
        // the instant it was opened: ISO in <time datetime>, shown as English writes it in the browser's zone
        JsonNode opened = get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        WebElement openedAt = browser.driver.findElement(By.cssSelector("#case-facts time"));
        assertThat(openedAt.getDomAttribute("datetime")).isEqualTo(opened.get("openedAt").asString());
        assertThat(openedAt.getText()).isEqualTo(inBrowserZone(opened.get("openedAt").asString(), "d MMM yyyy, HH:mm", Locale.UK));
        Axe.check(browser, "an open case");

        // evidence found later, attached by id: a blank id and an unknown claim are refused next to the field
        JsonNode ring = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0);
        // a suspicious claim outside the ring, not yet known fraud
        String claim = expected.stream().filter(c -> !ring.get("claimIds").toString().contains("\"" + c + "\""))
                .filter(c -> !"FRAUD".equals(get(Role.ANALYST, "/api/v1/entities/" + c).get("properties").path("status").asString(null)))
                .findFirst().orElseThrow();
        String party = "IMD0000015";
        assertThat(ring.get("memberIds").toString()).doesNotContain(party);
        browser.tabTo("#case-item-kind");
        browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(browser.driver.findElement(By.id("case-item-kind")).getDomProperty("value")).isEqualTo("CLAIM");
        browser.keys(Keys.TAB);
        assertThat(browser.focusedIs("#case-item-id")).isTrue();
        browser.keys(Keys.ENTER);
        browser.visible(By.cssSelector("#case-attach .field-error[data-field='itemId']"));
        assertThat(browser.driver.findElement(By.id("case-item-id")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.focusedIs("#case-item-id")).as("the refused field has the focus").isTrue();
        browser.keys("CLM-NOPE", Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#case-attach .field-error[data-field='itemId']"), "No claim has id CLM-NOPE."));
        assertThat(browser.focusedIs("#case-item-id")).isTrue();
        for (int i = 0; i < "CLM-NOPE".length(); i++) {
            browser.keys(Keys.BACK_SPACE);
        }
        browser.keys(claim, Keys.ENTER);
        browser.until(d -> texts("#case-claims a").equals(List.of(claim)));
        assertThat(browser.driver.findElement(By.cssSelector("#case-claims a")).getDomAttribute("href")).isEqualTo("#/graph/" + claim + "?depth=2");
        browser.tabTo("#case-item-kind");
        browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.tabTo("#case-item-id");
        browser.keys(party, Keys.ENTER);
        browser.until(d -> texts("#case-parties a").equals(List.of(party)));
        assertThat(browser.driver.findElement(By.cssSelector("#case-parties a")).getDomAttribute("href")).isEqualTo("#/party/" + party);

        // an alert's page adds the alert to this open case
        String alertId = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        browser.go("#/fraud/alert/" + alertId);
        browser.tabTo("#add-to-case");
        assertThat(browser.driver.findElement(By.id("add-to-case")).getText()).isEqualTo("Add to case…");
        browser.keys(Keys.ENTER);
        browser.until(d -> browser.focusedIs("#add-to-case-select"));
        for (int i = 0; i < 20 && !caseId.equals(browser.driver.findElement(By.id("add-to-case-select")).getDomProperty("value")); i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        assertThat(browser.driver.findElement(By.id("add-to-case-select")).getDomProperty("value")).isEqualTo(caseId);
        Axe.check(browser, "an alert with the add-to-case form");
        browser.tabTo("#add-to-case-submit");
        browser.keys(Keys.ENTER);
        browser.until(d -> browser.focusedIs("#added-case"));
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-heading"), caseId));
        browser.visible(By.id("case-alerts"));
        assertThat(texts("#case-alerts a")).containsExactlyInAnyOrder(ringId, alertId);
        assertThat(browser.driver.findElement(By.cssSelector("#case-alerts li[data-item='" + ringId + "'] a")).getDomAttribute("href"))
                .isEqualTo("#/fraud/ring/" + ringId);
        assertThat(browser.driver.findElement(By.cssSelector("#case-alerts li[data-item='" + alertId + "'] a")).getDomAttribute("href"))
                .isEqualTo("#/fraud/alert/" + alertId);
        JsonNode gathered = get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(gathered.get("claimIds").toString()).isEqualTo("[\"" + claim + "\"]");
        assertThat(gathered.get("partyIds").toString()).isEqualTo("[\"" + party + "\"]");
        assertThat(gathered.get("ringIds").toString()).isEqualTo("[\"" + ringId + "\"]");
        Axe.check(browser, "a case with evidence attached");

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
        assertThat(browser.driver.findElements(By.id("case-attach"))).as("a closed case takes no more evidence").isEmpty();
        // the attached claim is known fraud now, like the ring's claims
        assertThat(get(Role.ANALYST, "/api/v1/entities/" + claim).get("properties").get("status").asString()).isEqualTo("FRAUD");
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

        // in Chinese, an analyst adds an alert to an open case from the alert's page, from the keyboard
        String fake = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        String openCase = http.json("POST", "/api/v1/fraud/cases", analyst, AccessFixtures.passwordOf(analyst),
                "{\"title\":\"团伙与虚假保单\",\"alertIds\":[\"" + alertId + "\"]}").json().get("id").asString();
        signIn(Role.ANALYST, "zh-CN");
        browser.go("#/fraud/alert/" + fake);
        browser.tabTo("#add-to-case");
        assertThat(browser.driver.findElement(By.id("add-to-case")).getText()).isEqualTo("归入已有案件…");
        browser.keys(Keys.ENTER);
        browser.until(d -> browser.focusedIs("#add-to-case-select"));
        for (int i = 0; i < 20 && !openCase.equals(browser.driver.findElement(By.id("add-to-case-select")).getDomProperty("value")); i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        browser.tabTo("#add-to-case-submit");
        browser.keys(Keys.ENTER);
        browser.until(d -> browser.focusedIs("#added-case"));
        assertThat(browser.driver.findElement(By.id("add-to-case-result")).getText()).contains("已将预警 " + fake + " 归入案件 " + openCase);
        browser.keys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-heading"), openCase));
        browser.visible(By.id("case-alerts"));
        assertThat(browser.driver.findElement(By.cssSelector("#case-alerts li[data-item='" + fake + "'] .badge")).getText()).isEqualTo("预警");
        assertThat(browser.driver.findElement(By.cssSelector("#case-alerts li[data-item='" + alertId + "'] .badge")).getText()).isEqualTo("欺诈团伙");
        assertThat(get(Role.ANALYST, "/api/v1/fraud/cases/" + openCase).get("alertIds").toString()).contains(fake, alertId);
        String openedAt = get(Role.ANALYST, "/api/v1/fraud/cases/" + openCase).get("openedAt").asString();
        assertThat(browser.driver.findElement(By.cssSelector("#case-facts time")).getText())
                .isEqualTo(inBrowserZone(openedAt, "yyyy年M月d日 HH:mm", Locale.CHINA));
        // an id no party has is refused next to the field, in the page's language
        browser.tabTo("#case-item-kind");
        browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.tabTo("#case-item-id");
        browser.keys("NOPE-9", Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#case-attach .field-error[data-field='itemId']"), "不存在编号为 NOPE-9 的主体。"));
        assertThat(browser.driver.findElement(By.id("view")).getText()).doesNotContain("PARTY", "RING", "FAKE_POLICY");
        Axe.check(browser, "a case with an alert added (zh-CN)");

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
        // a day as Chinese writes it, its ISO value kept in <time datetime>
        assertThat(browser.driver.findElement(By.cssSelector("#case-proposal time[datetime='2025-06-01']")).getText()).isEqualTo("2025年6月1日");
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
