package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
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
 * The analyst's pages in headless Firefox ESR (WebDriver BiDi): the triage queue filtered and a
 * case worked from the keyboard alone in English (a party attached after a refused id, an alert
 * added from its page, dismissed: the added alert is quieted too); in Chinese a ring added to a
 * case from its page, the dashboard with its labels drawn in real CJK glyphs, and a regulator
 * opening a case's proposed sanction. Every page passes axe-core and logs no JavaScript error.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsFirefoxTest {

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
        imports.importDirectory(Path.of("datasets/sample"), ImportProgress.NONE);
        users = http.usersByRole(driver);
        Reply scan = http.asAdmin("POST", "/api/v1/fraud/scans");
        assertThat(scan.status()).as(scan.raw().body()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        GraphFixtures.deleteDomainData(driver);
    }

    @AfterEach
    void noJavaScriptError() {
        assertThat(ff.takePageErrors()).as("JavaScript errors in Firefox " + ff.version).isEmpty();
    }

    JsonNode get(Role role, String path) {
        String user = users.get(role);
        Reply r = http.call("GET", path, user, AccessFixtures.passwordOf(user));
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.json();
    }

    void signIn(Role role, String language) {
        ff.go("#/login");
        ff.call("(l) => localStorage.setItem('credlink.lang', l)", language);
        ff.reload();
        String name = users.get(role);
        ff.type("#login-name", name);
        ff.type("#login-password", AccessFixtures.passwordOf(name));
        ff.click("#login-submit");
        ff.until("signed in as " + name, "(n) => document.getElementById('who-name').textContent.includes(n)", name);
        ff.takePageErrors();
    }

    String text(String css) {
        return ff.text("(css) => document.querySelector(css)?.textContent ?? ''", css);
    }

    @Test
    void anAnalystFiltersTheQueueAndClosesACaseFromTheKeyboard() {
        signIn(Role.ANALYST, "en");
        menu("triage");
        ff.visible("#triage-table tbody tr");
        JsonNode first = get(Role.ANALYST, "/api/v1/fraud/claim-scores?size=1").get("items").get(0);
        assertThat(text("#triage-table tbody tr:first-child th")).isEqualTo(first.get("claimId").asString());
        Axe.check(ff, "the triage queue");

        tabTo("#triage-min");
        ff.keys("0.3");
        tabTo("#triage-kind");
        for (int i = 0; i < 5; i++) {
            ff.keys(Firefox.ARROW_DOWN);
        }
        tabTo("#triage-apply");
        ff.keys(Firefox.ENTER);
        ff.until("the filtered queue", "() => location.hash.includes('kind=RING') && location.hash.includes('minScore=0.3')");
        JsonNode filtered = get(Role.ANALYST, "/api/v1/fraud/claim-scores?kind=RING&minScore=0.3&size=25");
        int rows = filtered.get("items").size();
        ff.until(rows + " rows", "(n) => document.querySelectorAll('#triage-table tbody tr').length === n || (n === 0 && !!document.getElementById('triage-empty'))", rows);

        String ringId = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("id").asString();
        ff.go("#/fraud/ring/" + ringId);
        ff.graphReady();
        tabTo("#open-case");
        ff.keys(Firefox.ENTER);
        ff.visible("#opened-case");
        String caseId = text("#opened-case");
        tabTo("#opened-case");
        ff.keys(Firefox.ENTER);
        ff.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", caseId);
        Axe.check(ff, "an open case");

        // a party found later, attached by id; an id no party has is refused next to the field
        String party = "IMD0000015";
        tabTo("#case-item-kind");
        for (int i = 0; i < 3; i++) {
            ff.keys(Firefox.ARROW_DOWN);
        }
        ff.until("party chosen", "() => document.getElementById('case-item-kind').value === 'PARTY'");
        tabTo("#case-item-id");
        ff.keys("NOPE-1", Firefox.ENTER);
        ff.until("the refusal at the field",
                "() => document.querySelector(\"#case-attach .field-error[data-field='itemId']\")?.textContent === 'No party has id NOPE-1.'");
        assertThat(ff.call("() => document.activeElement?.id")).isEqualTo("case-item-id");
        for (int i = 0; i < "NOPE-1".length(); i++) {
            ff.keys(Firefox.BACKSPACE);
        }
        ff.keys(party, Firefox.ENTER);
        ff.until("the party attached", "(p) => document.querySelector('#case-parties a')?.textContent === p", party);

        // an alert's page adds the alert to this open case
        String alertId = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        ff.go("#/fraud/alert/" + alertId);
        tabTo("#add-to-case");
        ff.keys(Firefox.ENTER);
        ff.until("the open cases", "() => document.activeElement?.id === 'add-to-case-select'");
        chooseCase(caseId);
        tabTo("#add-to-case-submit");
        ff.keys(Firefox.ENTER);
        ff.until("added", "() => document.activeElement?.id === 'added-case'");
        ff.keys(Firefox.ENTER);
        ff.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", caseId);
        ff.until("its alerts", "(a) => [...document.querySelectorAll('#case-alerts a')].some((x) => x.textContent === a)", alertId);
        JsonNode gathered = get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(gathered.get("alertIds").toString()).contains(ringId, alertId);
        assertThat(gathered.get("partyIds").toString()).isEqualTo("[\"" + party + "\"]");
        assertThat(ff.call("() => document.querySelector('#case-facts time').getAttribute('datetime')")).isEqualTo(gathered.get("openedAt").asString());
        assertThat(text("#case-facts time")).isEqualTo(inBrowserZone(gathered.get("openedAt").asString(), "d MMM yyyy, HH:mm", Locale.UK));
        Axe.check(ff, "a case with evidence attached");

        tabTo("#case-note-text");
        ff.keys("Two claimants share a phone.");
        tabTo("#case-note-submit");
        ff.keys(Firefox.ENTER);
        ff.until("the note", "() => document.getElementById('case-notes').textContent.includes('share a phone')");

        tabTo("#case-resolution");
        ff.keys(Firefox.ARROW_DOWN);
        ff.until("dismissal chosen", "() => document.getElementById('case-resolution').value === 'DISMISSED'");
        assertThat(ff.call("() => document.getElementById('case-propose').disabled")).isEqualTo(true);
        // no reason: the API's validation error appears next to the reason field
        tabTo("#case-close-submit");
        ff.keys(Firefox.ENTER);
        ff.visible("#case-close .field-error[data-field='reason']");
        tabTo("#case-close-reason");
        ff.keys("Explained by the policyholders' family ties.");
        tabTo("#case-close-submit");
        ff.keys(Firefox.ENTER);
        ff.until("the case dismissed", "() => document.getElementById('case-status')?.textContent === 'Dismissed'");
        assertThat(get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId).get("status").asString()).isEqualTo("DISMISSED");
        // dismissing quiets the added alert too
        assertThat(get(Role.ANALYST, "/api/v1/fraud/alerts/" + alertId).get("suppressed").asBoolean()).isTrue();
        Axe.check(ff, "a dismissed case");
    }

    @Test
    void inChineseARegulatorReadsTheDashboardAndOpensAProposedSanction() {
        String analyst = users.get(Role.ANALYST);
        String alertId = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=RING&size=1").get("items").get(0).get("id").asString();
        String member = get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("memberIds").get(0).asString();
        String caseId = http.json("POST", "/api/v1/fraud/cases", analyst, AccessFixtures.passwordOf(analyst),
                "{\"title\":\"团伙案件\",\"alertIds\":[\"" + alertId + "\"]}").json().get("id").asString();
        assertThat(http.json("POST", "/api/v1/fraud/cases/" + caseId + "/closure", analyst, AccessFixtures.passwordOf(analyst),
                "{\"resolution\":\"CONFIRMED_FRAUD\",\"reason\":\"确认\",\"proposedSanction\":{\"subjectId\":\"" + member
                        + "\",\"authority\":\"某省监管局\",\"kind\":\"FINE\",\"severity\":2,\"blacklist\":false,"
                        + "\"decidedOn\":\"2025-06-01\",\"effectiveFrom\":\"2025-06-01\"}}").status()).isEqualTo(200);

        // in Chinese, an analyst adds a ring to an open case from the ring's page, from the keyboard
        String fake = get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        String openCase = http.json("POST", "/api/v1/fraud/cases", analyst, AccessFixtures.passwordOf(analyst),
                "{\"title\":\"虚假保单\",\"alertIds\":[\"" + fake + "\"]}").json().get("id").asString();
        signIn(Role.ANALYST, "zh-CN");
        ff.go("#/fraud/ring/" + alertId);
        ff.graphReady();
        tabTo("#add-to-case");
        assertThat(text("#add-to-case")).isEqualTo("归入已有案件…");
        assertHanRendered("#add-to-case");
        ff.keys(Firefox.ENTER);
        ff.until("the open cases", "() => document.activeElement?.id === 'add-to-case-select'");
        chooseCase(openCase);
        tabTo("#add-to-case-submit");
        ff.keys(Firefox.ENTER);
        ff.until("added", "() => document.activeElement?.id === 'added-case'");
        assertThat(text("#add-to-case-result")).contains("已将欺诈团伙 " + alertId + " 归入案件 " + openCase);
        ff.keys(Firefox.ENTER);
        ff.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", openCase);
        ff.visible("#case-alerts");
        assertThat(text("#case-alerts li[data-item='" + alertId + "'] .badge")).isEqualTo("欺诈团伙");
        assertThat(text("#case-alerts li[data-item='" + fake + "'] .badge")).isEqualTo("预警");
        JsonNode withRing = get(Role.ANALYST, "/api/v1/fraud/cases/" + openCase);
        assertThat(withRing.get("ringIds").toString()).isEqualTo("[\"" + alertId + "\"]");
        assertThat(text("#case-facts time")).isEqualTo(inBrowserZone(withRing.get("openedAt").asString(), "yyyy年M月d日 HH:mm", Locale.CHINA));
        assertHanRendered("#case-evidence h2");
        assertThat(text("#view")).doesNotContain("RING", "FAKE_POLICY", "PARTY");
        Axe.check(ff, "a case with a ring added (zh-CN)");

        signIn(Role.REGULATOR, "zh-CN");
        menu("dashboard");
        ff.visible("#dash-alerts-table tbody tr");
        ff.until("three charts", "() => document.querySelectorAll(\".chart[data-ready='true'] canvas\").length === 3");
        assertThat(text("main h1")).isEqualTo("监管看板");
        assertHanRendered("main h1");
        assertHanRendered("#dash-coverage-table caption");
        JsonNode summary = get(Role.REGULATOR, "/api/v1/credit/summary");
        for (JsonNode type : summary.get("types")) {
            String row = "#dash-coverage-table tr[data-type='" + type.get("type").asString() + "'] ";
            assertThat(text(row + "th")).doesNotContain(type.get("type").asString());
            assertThat(text(row + "td:nth-of-type(1)").replace(",", "")).isEqualTo(String.valueOf(type.get("parties").asLong()));
            assertThat(text(row + "td:nth-of-type(2)").replace(",", "")).isEqualTo(String.valueOf(type.get("withRecords").asLong()));
        }
        assertThat(text("#view")).contains("覆盖率", "欺诈团伙").doesNotContain("FICTITIOUS_BUSINESS", "Consumer");
        Axe.check(ff, "the dashboard (zh-CN)");

        ff.go("#/cases/" + caseId);
        ff.visible("#case-proposal-open");
        assertThat(text("#case-status")).isEqualTo("认定欺诈");
        assertThat(text("#case-proposal-kind")).isEqualTo("罚款");
        assertThat(text("#case-proposal time[datetime='2025-06-01']")).isEqualTo("2025年6月1日");
        Axe.check(ff, "a case with a proposal (zh-CN)");
        tabTo("#case-proposal-open");
        ff.keys(Firefox.ENTER);
        ff.until("the prefilled sanction form", "(m) => document.getElementById('impact-subject')?.value === m", member);
        assertThat(ff.call("() => document.getElementById('impact-kind').value")).isEqualTo("FINE");
    }

    /** Arrow keys in the focused case list until it shows the case. */
    private void chooseCase(String caseId) {
        for (int i = 0; i < 20 && !caseId.equals(ff.call("() => document.getElementById('add-to-case-select').value")); i++) {
            ff.keys(Firefox.ARROW_DOWN);
        }
        assertThat(ff.call("() => document.getElementById('add-to-case-select').value")).isEqualTo(caseId);
    }

    /** An instant as the page shows it: in the browser's time zone, in the pattern of its language. */
    private String inBrowserZone(String instant, String pattern, Locale locale) {
        ZoneId zone = ZoneId.of((String) ff.call("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
        return DateTimeFormatter.ofPattern(pattern, locale).format(OffsetDateTime.parse(instant).atZoneSameInstant(zone));
    }

    private void menu(String view) {
        String css = "#nav a[data-nav='" + view + "']";
        for (int i = 0; i < 80 && !Boolean.TRUE.equals(ff.call("(css) => document.activeElement?.matches(css) === true", css)); i++) {
            ff.shiftTab();
        }
        assertThat(ff.call("(css) => document.activeElement?.matches(css) === true", css)).as("Shift+Tab reached " + css).isEqualTo(true);
        ff.keys(Firefox.ENTER);
        ff.until("the " + view + " view", "(v) => location.hash.startsWith('#/' + v)", view);
    }

    private void tabTo(String css) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(ff.call("(css) => document.activeElement?.matches(css) === true", css))) {
                return;
            }
            ff.keys(Firefox.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " (focus on " + ff.focused() + ")");
    }

    /** Every Han character of the element is drawn one em wide, not as the missing-glyph box. */
    private void assertHanRendered(String css) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) ff.call("""
                (css) => {
                  const el = document.querySelector(css);
                  const probe = (ch) => {
                    const s = document.createElement('span');
                    s.style.cssText = 'font-size:100px;font-weight:400;position:absolute;white-space:pre;visibility:hidden';
                    s.textContent = ch;
                    el.append(s);
                    const w = s.getBoundingClientRect().width;
                    s.remove();
                    return w;
                  };
                  const han = [...el.textContent].filter((c) => /\\p{Script=Han}/u.test(c));
                  return { han: han.join(''), widths: han.map(probe), missing: probe('\\u0378') };
                }""", css);
        assertThat((String) m.get("han")).as("Han characters in " + css).isNotEmpty();
        double missing = (Double) m.get("missing");
        @SuppressWarnings("unchecked")
        List<Object> widths = (List<Object>) m.get("widths");
        for (Object w : widths) {
            assertThat((Double) w).as("width of a Han glyph in " + css).isBetween(95.0, 105.0).isNotEqualTo(missing);
        }
    }
}
