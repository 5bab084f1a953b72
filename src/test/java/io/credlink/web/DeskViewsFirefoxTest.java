package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import io.credlink.access.AccessFixtures;
import io.credlink.access.AuditTrail;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The desk pages in headless Firefox (ESR), from the keyboard, in the language the Chromium test
 * does not use for each: the insurer's check in English, the subject's report and objection in
 * Chinese, the administrator's users and audit trail in English. No JavaScript error on the way.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskViewsFirefoxTest {

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    AccessFixtures http;
    Firefox ff;
    Map<Role, String> users;

    @BeforeAll
    void fixture() {
        users = DeskPages.create(driver, http, audit);
    }

    @AfterAll
    void clean() {
        DeskPages.delete(driver);
    }

    @BeforeEach
    void signedOut() {
        ff.takePageErrors();
        ff.go("#/login");
        // the explorer has loaded (its modules and texts) before the page is reloaded in a language:
        // a reload during the first load would abort its fetches
        ff.visible("#login-name");
        ff.call("() => { localStorage.removeItem('credlink.lang'); sessionStorage.clear(); }");
    }

    @AfterEach
    void noJavaScriptError() {
        assertThat(ff.takePageErrors()).as("JavaScript errors in Firefox " + ff.version).isEmpty();
    }

    /** Chooses the language, signs in from the keyboard and waits for the header. */
    void signIn(String lang, String user, String password) {
        ff.call("(l) => localStorage.setItem('credlink.lang', l)", lang);
        ff.reload(); // the language is read when the page loads
        ff.visible("#login-name");
        ff.call("() => document.getElementById('login-name').focus()");
        ff.keys(user, Firefox.TAB, password, Firefox.ENTER);
        ff.until("signed in", "(n) => document.getElementById('who-name').textContent.includes(n)", user);
    }

    String text(String css) {
        ff.visible(css);
        return ff.text("(css) => document.querySelector(css).innerText", css);
    }

    boolean focusedIs(String css) {
        return Boolean.TRUE.equals(ff.call("(css) => !!document.activeElement && document.activeElement.matches(css)", css));
    }

    void tabTo(String css) {
        for (int i = 0; i < 60 && !focusedIs(css); i++) {
            ff.keys(Firefox.TAB);
        }
        assertThat(focusedIs(css)).as("Tab reached " + css + " (focus on " + ff.focused() + ")").isTrue();
    }

    void shiftTabTo(String css) {
        for (int i = 0; i < 60 && !focusedIs(css); i++) {
            ff.shiftTab();
        }
        assertThat(focusedIs(css)).as("Shift+Tab reached " + css + " (focus on " + ff.focused() + ")").isTrue();
    }

    void menu(String view) {
        String css = "#nav a[data-nav='" + view + "']";
        for (int i = 0; i < 80 && !focusedIs(css); i++) {
            ff.shiftTab();
        }
        assertThat(focusedIs(css)).as("Shift+Tab reached " + css).isTrue();
        ff.keys(Firefox.ENTER);
        ff.until("the " + view + " view", "(v) => location.hash.startsWith('#/' + v)", view);
    }

    @SuppressWarnings("unchecked")
    void assertHanRendered(String css) {
        Map<String, Object> m = (Map<String, Object>) ff.call(DeskPages.HAN_WIDTHS, css);
        assertThat((String) m.get("han")).as("Han characters in " + css).isNotEmpty();
        assertThat((String) m.get("font")).contains("Noto Sans CJK SC");
        double missing = (Double) m.get("missing");
        for (Object w : (List<Object>) m.get("widths")) {
            assertThat((Double) w).as("width of a Han glyph at 100px (missing glyph: " + missing + ")").isBetween(95.0, 105.0)
                    .isNotEqualTo(missing);
        }
        assertThat((List<Object>) m.get("drawn")).as("Han glyphs drawn unlike the missing-glyph box").isNotEmpty()
                .allMatch(Boolean.TRUE::equals);
    }

    @Test
    void anInsurerChecksCounterpartiesFromTheKeyboardInEnglish() throws IOException {
        signIn("en", DeskPages.INSURER, AccessFixtures.PASSWORD);
        menu("check");
        assertThat(text("#check-title")).isEqualTo("Counterparty check");
        tabTo("#check-ids");
        ff.keys("CON-PV1", Firefox.ENTER, "CON-PV2, CON-PV3", Firefox.ENTER, "NOPE-DESK");
        tabTo("#check-purpose");
        ff.keys(Firefox.ARROW_DOWN, Firefox.ARROW_DOWN, Firefox.ARROW_DOWN);
        assertThat(ff.text("() => document.getElementById('check-purpose').value")).isEqualTo("claim-investigation");
        tabTo("#check-run");
        ff.keys(Firefox.ENTER);
        ff.until("four results", "() => document.querySelectorAll('#check-table tbody tr[data-entity]').length === 4");

        JsonNode answer = DeskPages.check(http);
        for (JsonNode r : answer.get("results")) {
            String shown = text("#check-table tr[data-entity='" + r.get("entityId").asString() + "']");
            if (!r.get("found").asBoolean()) {
                assertThat(shown).contains("Not found");
                continue;
            }
            assertThat(shown).contains(r.get("grade").asString()).contains("Consumer");
            assertThat(shown.contains("On the black list")).isEqualTo(r.get("blacklisted").asBoolean());
        }
        assertThat(text("#check-summary")).contains("4 checked").contains("1 on the black list").contains("1 not found");
        assertThat(DeskPages.checkAudited(http, "claim-investigation")).isTrue();

        tabTo("#check-table tr[data-entity='CON-PV3'] button.expand");
        ff.keys(Firefox.ENTER);
        ff.until("the paths shown", "() => !document.getElementById('check-paths-2').hidden");
        assertThat(text("#check-paths-2")).contains("Blacklisted party CON-PV2");

        // back up to the button (Tab past the end of the page would leave the document for the browser's own bar)
        shiftTabTo("#check-download");
        ff.keys(Firefox.SPACE);
        Path csv = ff.downloads.resolve("counterparty-check-" + answer.get("asOf").asString() + ".csv");
        ff.untilTrue("the CSV saved", () -> Files.exists(csv) && csv.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("\"Party id\",\"Found\"");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"CON-PV2\",\"Yes\""));
    }

    @Test
    void aSubjectReadsItsReportAndObjectsToARecordFromTheKeyboardInChinese() {
        String subject = users.get(Role.SUBJECT);
        signIn("zh-CN", subject, AccessFixtures.PASSWORD);
        ff.until("the report", "() => location.hash === '#/me' && !!document.getElementById('me-queries-table')");
        assertThat(ff.call("() => [...document.querySelectorAll('#nav a')].filter((a) => !a.hidden).map((a) => a.textContent)"))
                .isEqualTo(List.of("我的信用报告"));
        assertThat(text("#me-title")).isEqualTo("我的信用报告");
        assertHanRendered("#me-title");

        JsonNode report = DeskPages.report(http, subject);
        assertThat(text("#me-score-value")).isEqualTo(String.valueOf(report.get("score").get("score").asInt()));
        assertThat(text("#me-grade")).isEqualTo(report.get("score").get("grade").asString() + "级");
        assertThat(text("#me-sanctions-table")).contains(DeskPages.SANCTION).contains("罚款");
        assertThat(text("#me-records-table tr[data-item='" + DeskPages.RECORD + "']")).contains("投诉").contains("有效");
        assertThat(text("#me-queries-table")).contains(users.get(Role.INSURER)).contains("承保审核").contains("保险机构");

        // the record chosen in the form's list, the reasons typed in Chinese
        tabTo("#obj-item");
        String records = ff.text("() => [...document.getElementById('obj-item').options].map((o) => o.value).join(',')");
        int steps = List.of(records.split(",", -1)).indexOf(DeskPages.RECORD);
        assertThat(steps).isPositive();
        for (int i = 0; i < steps; i++) {
            ff.keys(Firefox.ARROW_DOWN);
        }
        assertThat(ff.text("() => document.getElementById('obj-item').value")).isEqualTo(DeskPages.RECORD);
        tabTo("#obj-reason");
        ff.keys("该投诉已于2025年2月调解结案，附调解书编号TJ-2025-031。");
        tabTo("#obj-submit");
        ff.keys(Firefox.ENTER);
        ff.until("the objection listed", "() => document.querySelectorAll('#me-objections-table tbody tr').length === 1");
        assertThat(text("#me-objections-table")).contains(DeskPages.RECORD).contains("处理中").contains("调解书编号TJ-2025-031");
        assertThat(text("#me-records-table tr[data-item='" + DeskPages.RECORD + "']")).contains("有异议");
        JsonNode filed = DeskPages.objections(http, subject).get("items");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).get("itemId").asString()).isEqualTo(DeskPages.RECORD);
        assertThat(filed.get(0).get("reason").asString()).isEqualTo("该投诉已于2025年2月调解结案，附调解书编号TJ-2025-031。");
    }

    @Test
    void anAdministratorCreatesDisablesAndResetsAUserAndReadsTheAuditTrailInEnglish() {
        signIn("en", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        menu("users");
        tabTo("#user-name");
        ff.keys("desk-ff-insurer", Firefox.TAB, "a-long-first-password", Firefox.TAB);
        ff.keys(Firefox.ARROW_DOWN);
        assertThat(ff.text("() => document.getElementById('user-role').value")).isEqualTo("INSURER");
        tabTo("#user-org");
        ff.keys("NOPE-ORG", Firefox.ENTER);
        ff.until("the unknown insurer next to its field", "() => document.getElementById('user-org-error').textContent.includes('insurer')");
        assertThat(focusedIs("#user-org")).isTrue();
        ff.call("() => document.getElementById('user-org').select()");
        ff.keys(Firefox.BACKSPACE, "INS-PV1", Firefox.ENTER);
        String row = "#users-table tr[data-user='desk-ff-insurer']";
        ff.until("the new user listed", "(css) => !!document.querySelector(css)", row);
        assertThat(text(row)).contains("Insurer").contains("INS-PV1").contains("Active");
        assertThat(http.call("GET", "/api/v1/lists/black", "desk-ff-insurer", "a-long-first-password").status()).isEqualTo(200);

        tabTo(row + " button[data-action='disable']");
        ff.keys(Firefox.ENTER);
        ff.untilTrue("disabled", () -> Boolean.TRUE.equals(ff.call("(css) => document.querySelector(css)?.dataset.enabled === 'false'", row))
                || !ff.text("() => document.getElementById('users-message').textContent").isEmpty());
        assertThat(ff.text("() => document.getElementById('users-message').textContent")).isEmpty();
        assertThat(ff.call("(css) => document.querySelector(css).dataset.enabled", row)).isEqualTo("false");
        assertThat(http.call("GET", "/api/v1/lists/black", "desk-ff-insurer", "a-long-first-password").status()).isEqualTo(401);
        tabTo(row + " button[data-action='reset']");
        ff.keys(Firefox.ENTER);
        assertThat(focusedIs("#reset-password")).isTrue();
        ff.keys("short", Firefox.ENTER);
        ff.until("the short password refused next to its field", "() => document.getElementById('reset-password-error').textContent.includes('12')");
        ff.call("() => document.getElementById('reset-password').select()");
        ff.keys(Firefox.BACKSPACE, "a-long-second-password", Firefox.ENTER);
        ff.until("the form closed", "() => document.getElementById('users-reset').hidden");
        assertThat(focusedIs(row + " button[data-action='reset']")).as("the focus back on the row").isTrue();
        ff.shiftTab();
        assertThat(focusedIs(row + " button[data-action='enable']")).isTrue();
        ff.keys(Firefox.SPACE);
        ff.until("enabled", "(css) => document.querySelector(css)?.dataset.enabled === 'true'", row);
        assertThat(http.call("GET", "/api/v1/lists/black", "desk-ff-insurer", "a-long-second-password").status()).isEqualTo(200);

        menu("audit");
        tabTo("#audit-actor");
        ff.keys("desk-ff-insurer", Firefox.ENTER);
        ff.until("filtered", "() => location.hash.includes('actor=desk-ff-insurer')");
        audit.flush();
        long total = DeskPages.auditTotal(http, "desk-ff-insurer");
        assertThat(total).isPositive();
        ff.until("the total", "(s) => document.getElementById('audit-summary')?.textContent === s", total + " entries");
        assertThat(((Number) ff.call("() => document.querySelectorAll('#audit-table tbody tr').length")).longValue()).isEqualTo(Math.min(total, 50));
        assertThat(text("#audit-table")).contains("GET /api/v1/lists/black").contains("Insurer");
    }
}
