package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.AuditTrail;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * What the browser tests of the desk pages share: the parties an insurer checks (PrivacyFixture:
 * CON-PV2 blacklisted, CON-PV3 near it through a shared address), a subject with a sanction and a
 * record that an insurer looked at for underwriting, and the API's answers the pages are compared with.
 */
final class DeskPages {

    static final String INSURER = PrivacyFixture.INSURER_USER;
    static final String SUBJECT_ID = AccessFixtures.SUBJECT_ID;
    static final String SANCTION = "SAN-DESK-1";
    static final String RECORD = "REC-DESK-1";
    static final String NEW_USER = "desk-new-subject";
    static final String NEW_INSURER = "desk-new-insurer";
    static final String CHECK_BODY = "{\"ids\": [\"CON-PV1\", \"CON-PV2\", \"CON-PV3\", \"NOPE-DESK\"]}";

    private DeskPages() {
    }

    /** The fixture's parties, sanction, record and the insurer's read, and a user of each role. */
    static void create(Explorer explorer, AuditTrail audit) {
        AccessFixtures http = explorer.http;
        explorer.deleteDomainData();
        PrivacyFixture.createWithSanctionedNeighbour(explorer.driver(), http);
        Map<Role, String> users = explorer.users();
        Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", "{\"id\": \"" + SANCTION + "\", \"subjectId\": \""
                + SUBJECT_ID + "\", \"authority\": \"NFRA Jiangsu\", \"kind\": \"FINE\", \"severity\": 2, \"blacklist\": false, "
                + "\"decidedOn\": \"2024-03-01\", \"effectiveFrom\": \"2024-03-01\", \"reason\": \"late disclosure\"}");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
        Reply record = http.postJsonAsAdmin("/api/v1/records", "{\"id\": \"" + RECORD + "\", \"subjectId\": \"" + SUBJECT_ID
                + "\", \"kind\": \"COMPLAINT\", \"date\": \"2025-01-15\", \"severity\": 2, \"detail\": \"slow payment\"}");
        assertThat(record.status()).as(record.raw().body()).isEqualTo(201);
        String insurer = users.get(Role.INSURER);
        Reply looked = http.send(http.request("GET", "/api/v1/entities/" + SUBJECT_ID, insurer, AccessFixtures.passwordOf(insurer))
                .header("X-Purpose", "underwriting").build());
        assertThat(looked.status()).isEqualTo(200);
        audit.flush();
    }

    static void delete(Driver driver) {
        driver.executableQuery("MATCH (u:User) WHERE u.name STARTS WITH 'desk-' DETACH DELETE u").execute();
        GraphFixtures.deleteDomainData(driver);
    }

    static JsonNode check(AccessFixtures http) {
        Reply r = http.json("POST", "/api/v1/counterparty-checks", INSURER, AccessFixtures.PASSWORD, CHECK_BODY);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode report(AccessFixtures http, String subject) {
        Reply r = http.call("GET", "/api/v1/me/credit-report", subject, AccessFixtures.PASSWORD);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode objections(AccessFixtures http, String subject) {
        return http.call("GET", "/api/v1/objections", subject, AccessFixtures.PASSWORD).json();
    }

    /** The audit entries of the insurer's check of CON-PV2 with the purpose the page sent. */
    static boolean checkAudited(AccessFixtures http, String purpose) {
        JsonNode items = http.asAdmin("GET", "/api/v1/audit?actor=" + INSURER + "&entityId=CON-PV2").json().get("items");
        for (JsonNode e : items) {
            if (e.get("action").asString().equals("POST /api/v1/counterparty-checks") && purpose.equals(e.get("purpose").asString(null))) {
                return true;
            }
        }
        return false;
    }

    static long auditTotal(AccessFixtures http, String actor) {
        return http.asAdmin("GET", "/api/v1/audit?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8)).json().get("total").asLong();
    }

    // ---- the workflows, each from the keyboard in either language, checked against the API and the language's texts

    /**
     * The insurer's counterparty check: the purpose required (its field focused) and picked with
     * the arrows (underwriting in Chinese, claim investigation in English), the results against
     * the API's, audited with the purpose, a party's paths opened, the CSV for Excel, the limits
     * (ids, file size) shown next to their fields, and a CSV file filling the list.
     */
    static void checksCounterpartiesAndDownloadsTheResults(Explorer explorer, String lang) throws IOException {
        Messages m = Messages.of(lang, "check", "desk", "enums");
        Page page = explorer.signIn(INSURER, AccessFixtures.PASSWORD, lang);
        assertThat(page.text("#nav a[data-nav='check']")).isEqualTo(m.get("desk.nav.check"));
        assertThat(page.displayed("#nav a[data-nav='users']")).as("no user administration for an insurer").isFalse();
        page.menu("check");
        assertThat(page.text("#check-title")).isEqualTo(m.get("check.title"));
        if (m.chinese()) {
            page.assertHanRendered("#check-title");
        }

        page.tabTo("#check-ids");
        page.keys("CON-PV1", Page.ENTER, "CON-PV2, CON-PV3", Page.ENTER, "NOPE-DESK");
        page.press("#check-run");
        page.until("the purpose required", "(t) => document.getElementById('check-purpose-error').textContent.includes(t)",
                m.get("check.purpose-required"));
        assertThat(page.focusedIs("#check-purpose")).as("the field in error has the focus").isTrue();
        String purpose = m.chinese() ? "underwriting" : "claim-investigation";
        for (int i = 0; i < (m.chinese() ? 1 : 3); i++) {
            page.keys(Page.ARROW_DOWN);
        }
        assertThat(page.js("() => document.getElementById('check-purpose').value")).isEqualTo(purpose);
        page.press("#check-run");
        // the first check on a fresh graph plans its queries: on a loaded machine that took longer than the usual wait
        page.until(Duration.ofSeconds(120), "four results", "() => document.querySelectorAll('#check-table tbody tr[data-entity]').length === 4");

        JsonNode answer = check(explorer.http);
        int blacklisted = 0;
        int missing = 0;
        for (JsonNode r : answer.get("results")) {
            String row = "#check-table tr[data-entity='" + r.get("entityId").asString() + "']";
            String shown = page.shown(row);
            if (!r.get("found").asBoolean()) {
                assertThat(shown).contains(m.get("check.not-found"));
                missing++;
                continue;
            }
            assertThat(shown).as(row).contains(m.label("Grade", r.get("grade").asString()), m.label("EntityType", "Consumer"));
            assertThat(shown.contains(m.get("check.blacklisted"))).as(row).isEqualTo(r.get("blacklisted").asBoolean());
            blacklisted += r.get("blacklisted").asBoolean() ? 1 : 0;
        }
        assertThat(blacklisted).as("CON-PV2 blacklisted").isEqualTo(1);
        assertThat(page.shown("#check-summary")).matches(m.pattern("check.summary", "count", 4, "blacklisted", blacklisted, "missing", missing));
        assertThat(checkAudited(explorer.http, purpose)).as("the check is audited with its purpose").isTrue();

        // the paths of the party near the blacklisted one, opened with Space (Chinese) or Enter (English)
        JsonNode third = answer.get("results").get(2);
        assertThat(third.get("exposures").size()).as(third.toString()).isPositive();
        page.tabTo("#check-table tr[data-entity='CON-PV3'] button.expand");
        page.keys(m.chinese() ? Page.SPACE : Page.ENTER);
        page.until("the paths shown", "() => document.querySelector(\"#check-table tr[data-entity='CON-PV3'] button.expand\")"
                + ".getAttribute('aria-expanded') === 'true' && !document.getElementById('check-paths-2').hidden");
        String paths = page.shown("#check-paths-2");
        JsonNode exposure = third.get("exposures").get(0);
        for (JsonNode id : exposure.get("path")) {
            assertThat(paths).contains(id.asString());
        }
        assertThat(paths).contains(m.get("check.exposure", "id", "CON-PV2", "hops", exposure.get("hops").asInt()));
        page.axe("the check with its results and a party's paths (" + lang + ")");

        // the results as a CSV file for Excel: UTF-8 with a byte order mark, headers in the language;
        // back up to the button (Tab past the end of the page would leave the document in Firefox)
        Path csv = page.downloads().resolve("counterparty-check-" + answer.get("asOf").asString() + ".csv");
        Files.deleteIfExists(csv);
        page.shiftTabTo("#check-download");
        page.keys(m.chinese() ? Page.ENTER : Page.SPACE);
        page.waitFor("the CSV saved", () -> Files.exists(csv) && csv.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("\"" + m.get("check.csv.id") + "\",\"" + m.get("check.csv.found") + "\"");
        String yes = "\"" + m.get("desk.yes") + "\"";
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"CON-PV2\"," + yes).contains(yes + ",\"SAN-PV1"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"NOPE-DESK\",\"" + m.get("desk.no") + "\""));

        // over the limits: a clear message next to the field, nothing sent
        page.js("() => { document.getElementById('check-ids').value = Array.from({length: 1001}, (_, i) => 'ID' + i).join('\\n'); }");
        page.shiftTabTo("#check-run");
        page.keys(Page.ENTER);
        page.until("too many ids", "(t) => document.getElementById('check-ids-error').textContent.includes(t)",
                m.get("check.too-many", "max", "1,000", "count", "1,001"));
        page.js("() => { const dt = new DataTransfer(); dt.items.add(new File(['x'.repeat(1024 * 1024 + 1)], 'big.csv', {type: 'text/csv'}));"
                + " const f = document.getElementById('check-csv'); f.files = dt.files; f.dispatchEvent(new Event('change')); }");
        page.until("the file too big", "() => document.getElementById('check-csv-error').textContent.includes('big.csv')");
        // a CSV file with a header: its first column fills the list
        page.js("() => { const dt = new DataTransfer(); dt.items.add(new File(['\\uFEFFentity_id,name\\r\\n\"CON-PV2\",x\\r\\nCON-PV3,y\\r\\n'],"
                + " 'ids.csv', {type: 'text/csv'})); const f = document.getElementById('check-csv'); f.files = dt.files;"
                + " f.dispatchEvent(new Event('change')); }");
        page.until("the ids read", "() => document.getElementById('check-ids').value === 'CON-PV2\\nCON-PV3'");
        assertThat(page.shown("#check-csv-note")).contains(m.get("check.csv-read", "count", 2, "file", "ids.csv"));
    }

    /**
     * The subject's own report (score, factors, sanctions, records, who looked and why) against the
     * API, then an objection: in English to the sanction from its row's button (the reasons
     * required first), in Chinese to the record chosen in the form's list with reasons typed in
     * Chinese; the item marked disputed, the objection listed and stored. Another page's address
     * leads back to the report.
     */
    static void readsItsReportAndObjects(Explorer explorer, String lang) {
        Messages m = Messages.of(lang, "me", "desk", "enums");
        String subject = explorer.user(Role.SUBJECT);
        Page page = explorer.signIn(subject, AccessFixtures.PASSWORD, lang);
        page.until("the report", "() => location.hash === '#/me' && !!document.getElementById('me-queries-table')");
        assertThat(page.js("() => [...document.querySelectorAll('#nav a')].filter((a) => !a.hidden).map((a) => a.dataset.nav)"))
                .isEqualTo(List.of("me"));
        assertThat(page.js("() => [...document.querySelectorAll('#nav a')].filter((a) => !a.hidden).map((a) => a.textContent)"))
                .isEqualTo(List.of(m.get("desk.nav.me")));
        assertThat(page.text("#me-title")).isEqualTo(m.get("me.title"));
        if (m.chinese()) {
            page.assertHanRendered("#me-title");
        }

        JsonNode report = report(explorer.http, subject);
        assertThat(page.text("#me-score-value")).isEqualTo(String.valueOf(report.get("score").get("score").asInt()));
        assertThat(page.text("#me-grade")).isEqualTo(m.label("Grade", report.get("score").get("grade").asString()));
        assertThat(page.js("() => document.querySelectorAll('#me-factors tbody tr').length"))
                .isEqualTo((double) report.get("score").get("factors").size());
        String sanctionRow = "#me-sanctions-table tr[data-item='" + SANCTION + "']";
        String recordRow = "#me-records-table tr[data-item='" + RECORD + "']";
        assertThat(page.shown(sanctionRow)).contains(SANCTION, m.label("SanctionKind", "FINE"), "NFRA Jiangsu");
        assertThat(page.shown(recordRow)).contains(m.label("RecordKind", "COMPLAINT"), "slow payment");
        assertThat(page.shown("#me-queries-table")).contains(explorer.user(Role.INSURER), m.label("Purpose", "underwriting"),
                m.get("me.action.entity"), m.label("Role", "INSURER"));
        // each item in effect, or disputed while an objection to it is open
        JsonNode before = objections(explorer.http, subject).get("items");
        Set<String> disputed = new HashSet<>();
        before.forEach(o -> {
            if (o.get("status").asString().equals("OPEN")) {
                disputed.add(o.get("itemId").asString());
            }
        });
        assertThat(page.shown(sanctionRow)).contains(m.get(disputed.contains(SANCTION) ? "me.disputed" : "me.standing"));
        assertThat(page.shown(recordRow)).contains(m.get(disputed.contains(RECORD) ? "me.disputed" : "me.standing"));
        if (before.isEmpty()) {
            page.until("no objection yet", "(t) => document.getElementById('me-objections').textContent.includes(t)", m.get("me.no-objections"));
        }
        page.axe("the subject's report (" + lang + ")");

        String item;
        String itemRow;
        String reason;
        String evidence;
        if (m.chinese()) {
            // the record chosen in the form's list, the reasons typed in Chinese
            item = RECORD;
            itemRow = recordRow;
            reason = "该投诉已于2025年2月调解结案，附调解书编号TJ-2025-031。";
            evidence = "调解书编号TJ-2025-031";
            page.tabTo("#obj-item");
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) page.js("() => [...document.getElementById('obj-item').options].map((o) => o.value)");
            int steps = items.indexOf(RECORD);
            assertThat(steps).isPositive();
            for (int i = 0; i < steps; i++) {
                page.keys(Page.ARROW_DOWN);
            }
            assertThat(page.js("() => document.getElementById('obj-item').value")).isEqualTo(RECORD);
            page.tabTo("#obj-reason");
            page.keys(reason);
        } else {
            // the sanction's button fills the form and puts the focus in the reasons, which are required
            item = SANCTION;
            itemRow = sanctionRow;
            reason = "The fine was paid on 2024-03-10, receipt NFRA-2024-118.";
            evidence = "receipt NFRA-2024-118";
            page.tabTo(sanctionRow + " button");
            page.keys(Page.ENTER);
            assertThat(page.focusedIs("#obj-reason")).isTrue();
            assertThat(page.js("() => document.getElementById('obj-item').value")).isEqualTo(SANCTION);
            page.press("#obj-submit");
            page.until("the reasons required", "(t) => document.getElementById('obj-reason-error').textContent.includes(t)",
                    m.get("me.obj.reason-required"));
            assertThat(page.focusedIs("#obj-reason")).isTrue();
            page.keys(reason);
        }
        page.press("#obj-submit");
        page.until("the objection listed", "(id) => [...document.querySelectorAll('#me-objections-table tbody tr')]"
                + ".some((r) => r.textContent.includes(id))", item);
        JsonNode filed = null;
        JsonNode after = objections(explorer.http, subject).get("items");
        assertThat(after).as("one objection more").hasSize(before.size() + 1);
        for (JsonNode o : after) {
            if (o.get("itemId").asString().equals(item)) {
                filed = o;
            }
        }
        assertThat(filed).as("the objection to " + item + " stored").isNotNull();
        assertThat(filed.get("status").asString()).isEqualTo("OPEN");
        assertThat(filed.get("reason").asString()).isEqualTo(reason);
        assertThat(page.shown("#obj-done")).contains(m.get("me.obj.filed", "id", filed.get("id").asString(), "item", item));
        assertThat(page.shown("#me-objections-table")).contains(item, m.label("ObjectionStatus", "OPEN"), evidence);
        assertThat(page.shown(itemRow)).contains(m.get("me.disputed"));
        page.axe("the report with the objection filed (" + lang + ")");

        // another page's address takes a subject back to its report
        page.go("#/search");
        page.until("back on the report", "() => location.hash === '#/me'");
        assertThat(page.text("#me-title")).isEqualTo(m.get("me.title"));
    }

    /**
     * The administrator's users and audit trail: a user created (in Chinese a subject after a short
     * password is refused, in English an insurer after an unknown insurer is refused, each next to
     * its field), disabled (its sign-in refused), its password reset (a short one refused in
     * English), enabled again (only the new password works); in Chinese the administrator's own
     * account cannot be disabled; the new user's audit trail filtered from the keyboard.
     */
    static void managesUsersAndReadsTheAuditTrail(Explorer explorer, AuditTrail audit, String lang) {
        Messages m = Messages.of(lang, "admin", "desk", "enums");
        Page page = explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, lang);
        AccessFixtures http = explorer.http;
        page.menu("users");
        assertThat(page.text("#users-title")).isEqualTo(m.get("admin.users.title"));
        if (m.chinese()) {
            page.assertHanRendered("#users-title");
        }

        String user;
        String role;
        String call;
        if (m.chinese()) {
            user = NEW_USER;
            role = "SUBJECT";
            call = "/api/v1/me/credit-report";
            page.tabTo("#user-name");
            page.keys(user, Page.TAB, "short", Page.TAB);
            assertThat(page.focusedIs("#user-role")).isTrue();
            page.keys(Page.ARROW_DOWN, Page.ARROW_DOWN);
            assertThat(page.js("() => document.getElementById('user-role').value")).isEqualTo(role);
            page.tabTo("#user-entity");
            page.keys("CON-PV1", Page.ENTER);
            page.until("the short password refused next to its field", "() => document.getElementById('user-password-error').textContent.includes('12')");
            assertThat(page.focusedIs("#user-password")).isTrue();
            page.js("() => document.getElementById('user-password').select()");
            page.keys("a-long-first-password", Page.ENTER);
        } else {
            user = NEW_INSURER;
            role = "INSURER";
            call = "/api/v1/lists/black";
            page.tabTo("#user-name");
            page.keys(user, Page.TAB, "a-long-first-password", Page.TAB);
            page.keys(Page.ARROW_DOWN);
            assertThat(page.js("() => document.getElementById('user-role').value")).isEqualTo(role);
            page.tabTo("#user-org");
            page.keys("NOPE-ORG", Page.ENTER);
            page.until("the unknown insurer next to its field", "() => document.getElementById('user-org-error').textContent.includes('insurer')");
            assertThat(page.focusedIs("#user-org")).isTrue();
            page.js("() => document.getElementById('user-org').select()");
            page.keys(Page.BACKSPACE, "INS-PV1", Page.ENTER);
        }
        String row = "#users-table tr[data-user='" + user + "']";
        page.until("the new user listed", "(css) => !!document.querySelector(css)", row);
        assertThat(page.shown(row)).contains(m.label("Role", role), m.chinese() ? "CON-PV1" : "INS-PV1", m.get("admin.users.enabled"));
        JsonNode created = http.asAdmin("GET", "/api/v1/users/" + user).json();
        assertThat(created.get("role").asString()).isEqualTo(role);
        if (m.chinese()) {
            assertThat(created.get("entityId").asString()).isEqualTo("CON-PV1");
        }
        assertThat(http.call("GET", call, user, "a-long-first-password").status()).isEqualTo(200);
        page.axe("the users (" + lang + ")");

        // disable: the sign-in is refused at once
        page.press(row + " button[data-action='disable']");
        page.until("disabled or refused", "(css) => document.querySelector(css)?.dataset.enabled === 'false'"
                + " || document.getElementById('users-message').textContent !== ''", row);
        assertThat(page.js("() => document.getElementById('users-message').textContent")).isEqualTo("");
        assertThat(page.js("(css) => document.querySelector(css).dataset.enabled", row)).isEqualTo("false");
        assertThat(page.shown(row)).contains(m.get("admin.users.disabled"));
        assertThat(http.call("GET", call, user, "a-long-first-password").status()).isEqualTo(401);

        // reset the password, enable again: only the new password works
        page.press(row + " button[data-action='reset']");
        assertThat(page.focusedIs("#reset-password")).isTrue();
        assertThat(page.text("#reset-title")).contains(user);
        if (!m.chinese()) {
            page.keys("short", Page.ENTER);
            page.until("the short password refused next to its field", "() => document.getElementById('reset-password-error').textContent.includes('12')");
            page.js("() => document.getElementById('reset-password').select()");
            page.keys(Page.BACKSPACE);
        }
        page.keys("a-long-second-password", Page.ENTER);
        page.until("the form closed", "() => document.getElementById('users-reset').hidden");
        assertThat(page.focusedIs(row + " button[data-action='reset']")).as("the focus back on the row").isTrue();
        page.shiftTab();
        assertThat(page.focusedIs(row + " button[data-action='enable']")).isTrue();
        page.keys(m.chinese() ? Page.ENTER : Page.SPACE);
        page.until("enabled", "(css) => document.querySelector(css)?.dataset.enabled === 'true'", row);
        assertThat(http.call("GET", call, user, "a-long-first-password").status()).isEqualTo(401);
        assertThat(http.call("GET", call, user, "a-long-second-password").status()).isEqualTo(200);

        if (m.chinese()) {
            // the administrator's own account cannot be disabled
            page.shiftTabTo("#users-table tr[data-user='admin'] button[data-action='disable']");
            page.keys(Page.ENTER);
            page.until("its own account kept", "(t) => document.getElementById('users-message').textContent.includes(t)",
                    m.get("admin.users.own-account"));
        }

        // the audit trail of the new user, filtered from the keyboard
        page.menu("audit");
        assertThat(page.text("#audit-title")).isEqualTo(m.get("admin.audit.title"));
        page.tabTo("#audit-actor");
        page.keys(user, Page.ENTER);
        page.until("filtered", "(u) => location.hash.includes('actor=' + u)", user);
        audit.flush();
        long total = auditTotal(http, user);
        assertThat(total).isPositive();
        page.until("the total", "(s) => document.getElementById('audit-summary')?.textContent === s", m.get("admin.audit.summary", "total", total));
        assertThat(page.js("() => document.querySelectorAll('#audit-table tbody tr').length")).isEqualTo((double) Math.min(total, 50));
        assertThat(page.shown("#audit-table")).contains("GET " + call, m.label("Role", role));
        assertThat(page.text("#audit-table")).as("no raw role name").doesNotContain(role);
        page.axe("the audit trail (" + lang + ")");
    }
}
