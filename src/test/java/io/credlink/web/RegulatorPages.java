package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import io.credlink.FixtureWrites;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.sanction.SanctionFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The regulator's workflows in the explorer, written once and driven in Chromium (Selenium) and
 * Firefox (WebDriver BiDi) through {@link Page}: every step from the keyboard (Tab to a control,
 * type, Enter or Space), every result checked against the API, the texts against the language's
 * message bundle.
 */
final class RegulatorPages {

    static final String ENTER = Page.ENTER, SPACE = Page.SPACE, ARROW_RIGHT = Page.ARROW_RIGHT;
    static final String SUBJECT_ID = AccessFixtures.SUBJECT_ID;

    // ---- the fixture

    final AccessFixtures http;
    final Driver driver;
    final Map<Role, String> users;
    /** The objections the subject filed, by the item they concern. */
    final Map<String, String> objections = new HashMap<>();
    final List<String> accessRequests = new ArrayList<>();

    private RegulatorPages(AccessFixtures http, Driver driver, Map<Role, String> users) {
        this.http = http;
        this.driver = driver;
        this.users = users;
    }

    /**
     * SanctionFixtures' graph, a user per role, a sanction and a red-list record about the
     * subject with an open objection to each (filed by the subject through the API), and two
     * access requests of the insurer.
     */
    static RegulatorPages create(AccessFixtures http, Driver driver) {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
        Map<Role, String> users = http.usersByRole(driver);
        driver.executableQuery("""
                MATCH (c:Consumer {id: $subject})
                CREATE (:Entity:Sanction {id: 'S-SUBJ', authority: 'NFRA Jiangsu', kind: 'FINE', severity: 2,
                        blacklist: false, decidedOn: date('2023-03-01'), effectiveFrom: date('2023-03-01'),
                        reason: 'late reports', disputed: false, withdrawn: false})-[:AGAINST]->(c)
                CREATE (:Entity:CreditRecord {id: 'REC-SUBJ', kind: 'COMPLAINT', date: date('2024-01-15'), severity: 2,
                        detail: 'complaint about a claim', disputed: false})-[:ABOUT]->(c)
                """).withParameters(Map.of("subject", SUBJECT_ID)).execute();
        // access requests are not domain data: earlier tests' would stay pending in the queue
        driver.executableQuery("MATCH (r:AccessRequest) DETACH DELETE r").execute();
        FixtureWrites.announce("RegulatorPages");
        RegulatorPages pages = new RegulatorPages(http, driver, users);
        for (String item : List.of("S-SUBJ", "REC-SUBJ")) {
            Reply filed = pages.as(Role.SUBJECT, "POST", "/api/v1/objections",
                    "{\"recordId\": \"" + item + "\", \"reason\": \"evidence: the court annulled " + item + " (附件：判决书)\"}");
            assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
            pages.objections.put(item, filed.json().get("id").asString());
        }
        for (String purpose : List.of("claim investigation CLM-1", "理赔调查 CLM-2")) {
            Reply asked = pages.as(Role.INSURER, "POST", "/api/v1/access-requests",
                    "{\"entityId\": \"P1\", \"scope\": \"PII\", \"purpose\": \"" + purpose + "\"}");
            assertThat(asked.status()).as(asked.raw().body()).isEqualTo(201);
            pages.accessRequests.add(asked.json().get("id").asString());
        }
        return pages;
    }

    Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    JsonNode get(String path) {
        Reply r = as(Role.REGULATOR, "GET", path, null);
        assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
        return r.json();
    }

    void signInAsRegulator(Page page, String lang) {
        page.language(lang);
        String regulator = users.get(Role.REGULATOR);
        page.signIn(regulator, AccessFixtures.passwordOf(regulator));
    }

    // ---- the language's texts

    static Map<String, String> bundle(String lang) {
        return Messages.read(lang, "regulator", "enums");
    }

    static String msg(Map<String, String> bundle, String key, Object... params) {
        return Messages.format(bundle, key, params);
    }

    /** No raw enum name (UPPER_CASE_WITH_UNDERSCORES) is shown in the element. */
    static void assertNoRawEnum(Page page, String css, String... ids) {
        String shown = String.valueOf(page.js("(css) => document.querySelector(css).innerText", css));
        for (String id : ids) {
            shown = shown.replace(id, "");
        }
        assertThat(shown).as("visible text of " + css).doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    }

    // ---- the workflows

    /**
     * A sanction: a field error from the API next to its field, the what-if preview compared with
     * the API's, saved, then ended early and withdrawn from the sanction view, each confirmed
     * first (a cancelled confirmation changes nothing).
     */
    void recordsASanctionEndsItEarlyAndWithdrawsIt(Page page, String lang) {
        Map<String, String> b = bundle(lang);
        String id = "SAN-UI-" + lang;
        signInAsRegulator(page, lang);
        assertThat(page.text("#nav a[data-nav='record']")).isEqualTo(msg(b, "regulator.nav-record"));
        page.go("#/record");
        page.until("the sanction form", "() => document.getElementById('sanction-form') !== null");
        assertThat(page.text("#view h1")).isEqualTo(msg(b, "regulator.record-title"));
        if (lang.equals("zh-CN")) {
            page.assertHanRendered("#view h1");
        }

        // no authority: the API's 400 names the field, shown next to it
        page.fill("#sanction-subjectId", "Q2");
        page.press("#sanction-preview");
        page.until("the authority's error", "() => document.getElementById('sanction-authority-error').textContent.length > 0");
        assertThat(page.js("() => document.getElementById('sanction-authority').getAttribute('aria-invalid')")).isEqualTo("true");

        page.fill("#sanction-authority", "NFRA Beijing 北京监管局");
        page.choose("#sanction-kind", "BAN_FROM_INDUSTRY");
        page.tabTo("#sanction-blacklist");
        page.keys(SPACE);
        assertThat(page.js("() => document.getElementById('sanction-blacklist').checked")).isEqualTo(true);
        page.date("#sanction-decidedOn", "2024-01-05");
        page.date("#sanction-effectiveFrom", "2024-01-10");
        page.fill("#sanction-reason", "forged policies 伪造保单");
        page.fill("#sanction-id", id);
        page.press("#sanction-preview");
        page.until("the preview", "() => document.getElementById('sanction-preview-title') !== null");
        assertThat(page.focusedIs("#sanction-preview-title")).isTrue();

        String body = "{\"id\": \"" + id + "\", \"subjectId\": \"Q2\", \"authority\": \"NFRA Beijing\", \"kind\": \"BAN_FROM_INDUSTRY\","
                + " \"severity\": 3, \"blacklist\": true, \"decidedOn\": \"2024-01-05\", \"effectiveFrom\": \"2024-01-10\"}";
        JsonNode impact = as(Role.REGULATOR, "POST", "/api/v1/sanctions/impact", body).json();
        int affected = impact.get("affected").size();
        assertThat(affected).as("the fixture's R2 chain reaches Q2's firm").isPositive();
        assertThat(page.js("() => document.querySelectorAll('#sanction-preview-table tbody tr').length")).isEqualTo((double) affected);
        List<String> measures = new ArrayList<>();
        impact.get("affected").forEach(a -> measures.add(msg(b, "enum.Measure." + a.get("measure").asString())));
        assertThat(page.js("() => [...document.querySelectorAll('#sanction-preview-table tbody tr td:nth-child(2)')].map((td) => td.textContent.trim())"))
                .isEqualTo(measures);
        assertNoRawEnum(page, "#sanction-outcome", id);
        page.axe("the sanction form with its preview (" + lang + ")");
        assertThat(as(Role.REGULATOR, "GET", "/api/v1/sanctions/" + id, null).status()).as("nothing recorded by a preview").isEqualTo(404);

        page.press("#sanction-save");
        page.until("saved", "() => document.getElementById('sanction-saved') !== null");
        assertThat(page.text("#sanction-saved")).startsWith(msg(b, "regulator.saved-sanction", "id", id));
        JsonNode saved = get("/api/v1/sanctions/" + id);
        assertThat(saved.get("subjectId").asString()).isEqualTo("Q2");
        assertThat(saved.get("blacklist").asBoolean()).isTrue();
        assertThat(saved.get("reason").asString()).isEqualTo("forged policies 伪造保单");
        assertThat(saved.get("authority").asString()).isEqualTo("NFRA Beijing 北京监管局");

        // the link has the focus: Enter opens the recorded sanction with its due-process forms
        assertThat(page.focusedIs("#sanction-saved-link")).isTrue();
        page.keys(ENTER);
        String p = "end-early-" + id;
        page.until("the early-end form", "(p) => document.getElementById(p + '-form') !== null", p);
        page.press("#" + p + "-start");
        page.until("reason required", "(p, t) => document.getElementById(p + '-reason-error').textContent === t", p, msg(b, "regulator.required"));
        page.date("#" + p + "-effectiveTo", "2025-12-31");
        page.fill("#" + p + "-reason", "credit repair 信用修复");
        page.press("#" + p + "-start");
        page.until("the confirmation", "(p) => document.activeElement?.id === p + '-yes'", p);
        assertThat(page.text("#" + p + "-question")).contains(id);
        page.keys(ENTER);
        page.until("ended early", "(t) => document.getElementById('status').textContent === t", msg(b, "regulator.end-early-done", "id", id));
        // the day in the language's form, its ISO value in <time datetime>
        page.until("redrawn with the new end", "(d) => document.querySelector('#view dl.props')?.textContent.includes(d)",
                lang.equals("zh-CN") ? "2025年12月31日" : "31 Dec 2025");
        assertThat(page.text("#view dl.props time[datetime='2025-12-31']")).isNotEmpty();
        JsonNode ended = get("/api/v1/sanctions/" + id);
        assertThat(ended.get("effectiveTo").asString()).isEqualTo("2025-12-31");
        assertThat(ended.get("history").get(0).get("kind").asString()).isEqualTo("EARLY_END");

        String w = "withdraw-" + id;
        page.fill("#" + w + "-reason", "decision annulled 决定已撤销");
        page.press("#" + w + "-start");
        page.until("the confirmation", "(w) => document.activeElement?.id === w + '-yes'", w);
        assertThat(page.text("#" + w + "-question")).isEqualTo(msg(b, "regulator.confirm-withdraw-sanction", "id", id));
        // changed my mind: nothing is sent
        page.press("#" + w + "-no");
        page.until("the confirmation gone", "(w) => document.getElementById(w + '-confirm').hidden", w);
        assertThat(get("/api/v1/sanctions/" + id).get("withdrawn").asBoolean()).isFalse();
        page.press("#" + w + "-start");
        page.until("the confirmation", "(w) => document.activeElement?.id === w + '-yes'", w);
        page.keys(ENTER);
        page.until("final", "(t, id) => document.getElementById('actions-' + id)?.textContent.includes(t)",
                msg(b, "regulator.final-withdrawn"), id);
        JsonNode withdrawn = get("/api/v1/sanctions/" + id);
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.get("withdrawal").get("reason").asString()).isEqualTo("decision annulled 决定已撤销");
        assertThat(withdrawn.get("withdrawal").get("by").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(String.valueOf(page.js("() => document.getElementById('status').textContent")))
                .isEqualTo(msg(b, "regulator.withdraw-done", "id", id));
        page.axe("a withdrawn sanction (" + lang + ")");
    }

    /**
     * A credit record: an unknown party refused next to its field, checked and saved, then
     * withdrawn from the party page's due-process panel after a confirmation.
     */
    void recordsACreditRecordAndWithdrawsItFromThePartyPage(Page page, String lang) {
        Map<String, String> b = bundle(lang);
        String id = "REC-UI-" + lang;
        signInAsRegulator(page, lang);
        page.go("#/record");
        page.tabTo("#record-tab-sanction");
        page.keys(ARROW_RIGHT);
        page.until("the record form", "() => document.getElementById('record-form') !== null");
        assertThat(page.text("#record-tab-record")).isEqualTo(msg(b, "regulator.tab-record"));
        if (lang.equals("zh-CN")) {
            page.assertHanRendered("#record-form");
        }
        page.fill("#record-subjectId", "NOPE-404");
        page.press("#record-preview");
        page.until("unknown party", "(t) => document.getElementById('record-subjectId-error').textContent === t",
                msg(b, "regulator.unknown-party", "id", "NOPE-404"));

        page.fill("#record-subjectId", "AG2");
        page.choose("#record-kind", "AWARD");
        page.date("#record-date", LocalDate.now().minusDays(3).toString());
        page.fill("#record-detail", "model broker 诚信经营");
        page.fill("#record-id", id);
        page.press("#record-preview");
        page.until("the check", "() => document.getElementById('record-save') !== null");
        assertThat(page.text("#record-preview-summary")).contains("AG2", msg(b, "enum.RecordKind.AWARD"));
        page.axe("the credit record form with its check (" + lang + ")");
        page.press("#record-save");
        page.until("saved", "() => document.getElementById('record-saved') !== null");
        JsonNode saved = get("/api/v1/records/" + id);
        assertThat(saved.get("kind").asString()).isEqualTo("AWARD");
        assertThat(saved.get("detail").asString()).isEqualTo("model broker 诚信经营");
        assertThat(get("/api/v1/lists/red").get("items").findValuesAsString("recordId")).contains(id);

        page.go("#/party/AG2");
        page.until("the due-process panel", "(id) => document.querySelector('#due-process-table tr[data-item=\"' + id + '\"]') !== null", id);
        assertNoRawEnum(page, "#party-due-process", id, "S-Q1", "S-Q2");
        page.axe("the party page's due-process panel (" + lang + ")");
        page.press("#act-" + id);
        String w = "withdraw-" + id;
        page.until("the record's page", "(w) => document.getElementById(w + '-form') !== null", w);
        page.fill("#" + w + "-reason", "award revoked 撤销表彰");
        page.press("#" + w + "-start");
        page.until("the confirmation", "(w) => document.activeElement?.id === w + '-yes'", w);
        assertThat(page.text("#" + w + "-question")).isEqualTo(msg(b, "regulator.confirm-withdraw-record", "id", id));
        page.keys(ENTER);
        page.until("withdrawn", "() => document.querySelector('#item-panel [data-state=\"withdrawn\"]') !== null");
        JsonNode withdrawn = get("/api/v1/records/" + id);
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.get("withdrawal").get("reason").asString()).isEqualTo("award revoked 撤销表彰");
        assertThat(get("/api/v1/lists/red").get("items").findValuesAsString("recordId")).doesNotContain(id);
    }

    /**
     * The objection queue (each objection with its disputed item and evidence; a note is
     * required; upheld withdraws the sanction, rejected leaves the record standing) and the
     * access requests (one approved, one rejected).
     */
    void decidesObjectionsAndAccessRequests(Page page, String lang) {
        Map<String, String> b = bundle(lang);
        signInAsRegulator(page, lang);
        page.go("#/objections");
        String upheld = objections.get("S-SUBJ");
        String rejected = objections.get("REC-SUBJ");
        page.until("both objections", "() => document.querySelectorAll('article.objection').length === 2");
        assertThat(page.text("#objection-" + upheld + " .objection-reason")).contains("the court annulled S-SUBJ");
        page.until("the disputed items", "() => document.querySelectorAll('article.objection .item-summary').length === 2");
        assertThat(page.text("#objection-" + upheld + " .item-summary")).contains("NFRA Jiangsu", msg(b, "enum.SanctionKind.FINE"));
        assertThat(page.text("#objection-" + rejected + " .item-summary")).contains(msg(b, "enum.RecordKind.COMPLAINT"));
        assertNoRawEnum(page, "#objections-list", upheld, rejected, "S-SUBJ", "REC-SUBJ", SUBJECT_ID);
        page.axe("the objection queue (" + lang + ")");
        if (lang.equals("zh-CN")) {
            page.assertHanRendered("#objection-" + upheld + " h2");
        }

        // nothing chosen and no note: both asked for next to their fields, nothing sent
        String u = "resolve-" + upheld;
        page.press("#" + u + "-submit");
        page.until("a decision and a note required", "(u, c, r) => document.getElementById(u + '-decision-error').textContent === c"
                + " && document.getElementById(u + '-note-error').textContent === r", u, msg(b, "regulator.choose-decision"), msg(b, "regulator.required"));
        assertThat(page.focusedIs("#" + u + "-uphold")).as("the first field in error has the focus").isTrue();
        assertThat(get("/api/v1/objections/" + upheld).get("status").asString()).isEqualTo("OPEN");
        page.pick("#" + u + "-uphold");
        page.fill("#" + u + "-note", "court ruling 法院判决");
        page.press("#" + u + "-submit");
        page.until("upheld", "(u) => document.getElementById(u + '-done') !== null", u);
        assertThat(page.text("#" + u + "-done")).isEqualTo(msg(b, "regulator.upheld-done", "id", upheld, "item", "S-SUBJ"));
        JsonNode o1 = get("/api/v1/objections/" + upheld);
        assertThat(o1.get("status").asString()).isEqualTo("UPHELD");
        assertThat(o1.get("resolutionNote").asString()).isEqualTo("court ruling 法院判决");
        assertThat(get("/api/v1/sanctions/S-SUBJ").get("withdrawn").asBoolean()).isTrue();

        String r = "resolve-" + rejected;
        page.pick("#" + r + "-reject");
        page.fill("#" + r + "-note", "the complaint stands 投诉属实");
        page.press("#" + r + "-submit");
        page.until("rejected", "(r) => document.getElementById(r + '-done') !== null", r);
        JsonNode o2 = get("/api/v1/objections/" + rejected);
        assertThat(o2.get("status").asString()).isEqualTo("REJECTED");
        JsonNode record = get("/api/v1/records/REC-SUBJ");
        assertThat(record.get("withdrawn").asBoolean()).isFalse();
        assertThat(record.get("disputed").asBoolean()).isFalse();

        // access requests: the pending ones of every insurer
        assertThat(page.text("#nav a[data-nav='access-requests']")).isEqualTo(msg(b, "regulator.nav-access"));
        page.go("#/access-requests");
        String approve = "access-" + accessRequests.get(0);
        String reject = "access-" + accessRequests.get(1);
        page.until("both requests", "(a, r) => document.getElementById(a) !== null && document.getElementById(r) !== null", approve, reject);
        JsonNode pending = get("/api/v1/access-requests?size=1000");
        assertThat(page.js("() => document.querySelectorAll('#access-table tbody tr').length")).isEqualTo((double) pending.get("items").size());
        assertThat(page.text("#" + approve + " td:nth-child(4)")).isEqualTo(msg(b, "enum.AccessScope.PII"));
        assertNoRawEnum(page, "#access-table", accessRequests.get(0), accessRequests.get(1));
        page.axe("the access requests (" + lang + ")");
        // Enter in the reason field records the chosen decision
        page.pick("#" + approve + "-approve");
        page.fill("#" + approve + "-reason", "court order 协查函");
        page.keys(ENTER);
        page.until("approved", "(a) => document.getElementById(a + '-done') !== null", approve);
        assertThat(page.text("#" + approve + " td.state")).startsWith(msg(b, "enum.AccessRequestStatus.APPROVED"));
        // no choice yet: asked for, nothing decided
        page.press("#" + reject + "-submit");
        page.until("a decision required", "(a, c) => document.getElementById(a + '-decision-error').textContent === c", reject,
                msg(b, "regulator.choose-decision"));
        assertThat(get("/api/v1/access-requests/" + accessRequests.get(1)).get("status").asString()).isEqualTo("PENDING");
        page.pick("#" + reject + "-reject");
        page.press("#" + reject + "-submit");
        page.until("rejected", "(a) => document.getElementById(a + '-done') !== null", reject);
        assertThat(get("/api/v1/access-requests/" + accessRequests.get(0)).get("status").asString()).isEqualTo("APPROVED");
        assertThat(get("/api/v1/access-requests/" + accessRequests.get(0)).get("decisionReason").asString()).isEqualTo("court order 协查函");
        assertThat(get("/api/v1/access-requests/" + accessRequests.get(1)).get("status").asString()).isEqualTo("REJECTED");
    }

    /**
     * Measure feedback by sanction (recorded for an implementing organisation, which the form
     * must name), then the black list as of a date and its CSV.
     */
    void readsAndRecordsMeasureFeedbackThenPublishesAList(Page page, String lang) throws IOException {
        Map<String, String> b = bundle(lang);
        signInAsRegulator(page, lang);
        page.go("#/feedback");
        page.fill("#feedback-sanction", "S-Q1");
        page.keys(ENTER);
        JsonNode fb = get("/api/v1/sanctions/S-Q1/feedback");
        assertThat(fb.get("measures")).isNotEmpty();
        // a row per measure the API lists (a count read once could catch the view while it is drawn again)
        page.until("a row for each of the " + fb.get("measures").size() + " measures",
                "(n) => document.querySelectorAll('#feedback-table tbody tr').length === n", fb.get("measures").size());
        assertNoRawEnum(page, "#feedback-table", "S-Q1");
        page.axe("the measure feedback (" + lang + ")");
        String row = "#feedback-table tr[data-entity='AG2'][data-measure='ENHANCED_SUPERVISION']";
        assertThat(page.text(row + " td:nth-child(2)")).isEqualTo(msg(b, "enum.Measure.ENHANCED_SUPERVISION"));
        assertThat(page.text(row + " td.applied")).isEqualTo(msg(b, "regulator.not-applied"));
        String fp = String.valueOf(page.js("(css) => document.querySelector(css + ' form').id.replace(/-form$/, '')", row));
        page.tabTo(row + " summary");
        page.keys(ENTER);
        page.until("the form open", "(css) => document.querySelector(css + ' details').open", row);
        page.choose("#" + fp + "-action", "REFUSED_CONTRACT");
        page.press("#" + fp + "-send");
        // a regulator reports for an organisation, which it must name
        page.until("the implementer's error", "(p) => document.getElementById(p + '-implementedBy-error').textContent.length > 0", fp);
        page.fill("#" + fp + "-implementedBy", "INS2");
        page.fill("#" + fp + "-note", "contract not renewed 不予续约");
        page.press("#" + fp + "-send");
        page.until("applied", "(css) => document.querySelector(css + ' td.applied')?.textContent.includes('INS2')", row);
        JsonNode after = get("/api/v1/sanctions/S-Q1/feedback");
        assertThat(after.get("feedbackCount").asInt()).isEqualTo(1);
        assertThat(page.text("#feedback-summary")).isEqualTo(msg(b, "regulator.feedback-summary", "applied", after.get("applied").asInt(),
                "total", after.get("measures").size(), "reports", 1));
        assertThat(page.text(row + " ul")).contains(msg(b, "enum.FeedbackAction.REFUSED_CONTRACT"), "contract not renewed 不予续约");

        // the black list as of a date, and its CSV for publication: a day per language, so that
        // the second run's file is not saved beside the first one's under another name
        String day = lang.equals("en") ? "2024-06-01" : "2024-07-01";
        page.go("#/lists?list=black");
        page.until("the list", "() => document.getElementById('list-summary') !== null");
        page.date("#list-asof", day);
        page.press("#view form.inline button[type=submit]");
        page.until("the list as of " + day, "(d) => location.hash.includes('asOf=' + d) && document.getElementById('list-summary') !== null", day);
        JsonNode black = get("/api/v1/lists/black?asOf=" + day + "&size=1000");
        assertThat(black.get("items")).as("the fixture's black list on " + day).isNotEmpty();
        page.until("a row for each of the " + black.get("items").size() + " listed",
                "(n) => document.querySelectorAll('#list-table tbody tr').length === n", black.get("items").size());
        page.axe("the black list as of a date (" + lang + ")");
        page.press("#list-download");
        Path csv = page.downloads().resolve("black-list-" + day + ".csv");
        page.until("the CSV saved", "(f) => document.getElementById('list-saved').dataset.file === f", csv.getFileName().toString());
        page.waitFor(csv + " written", () -> {
            try {
                return Files.exists(csv) && Files.size(csv) > 0;
            } catch (IOException e) {
                return false; // still being written
            }
        });
        String content = Files.readString(csv);
        assertThat(content).startsWith("party_id,name,type");
        for (JsonNode e : black.get("items")) {
            assertThat(content).contains(e.get("partyId").asString() + ",");
        }
    }
}
