package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AuditTrail;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The insurer's check (in Chinese), the subject's report and objection (in English) and the
 * administrator's users and audit trail (in Chinese) in headless Chromium, from the keyboard, each
 * compared with what the API answers. {@link DeskViewsFirefoxTest} runs each in the other language.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskViewsBrowserTest {

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    AccessFixtures http;
    Browser browser;
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
        browser.go("#/login");
        browser.script("localStorage.removeItem('credlink.lang'); sessionStorage.clear();");
    }

    void language(String code) {
        browser.script("localStorage.setItem('credlink.lang', arguments[0])", code);
        browser.driver.navigate().refresh(); // the language is read when the page loads
    }

    String text(String css) {
        return browser.visible(By.cssSelector(css)).getText();
    }

    void until(String js, Object... args) {
        browser.until(d -> Boolean.TRUE.equals(browser.script("return (" + js + ")", args)));
    }

    void shiftTabTo(String css) {
        for (int i = 0; i < 40 && !browser.focusedIs(css); i++) {
            browser.shiftTab();
        }
        assertThat(browser.focusedIs(css)).as("Shift+Tab reached " + css).isTrue();
    }

    @SuppressWarnings("unchecked")
    void assertHanRendered(String css) {
        Map<String, Object> m = (Map<String, Object>) browser.script("return (" + DeskPages.HAN_WIDTHS + ")(arguments[0])", css);
        assertThat((String) m.get("han")).as("Han characters in " + css).isNotEmpty();
        assertThat((String) m.get("font")).contains("Noto Sans CJK SC");
        double missing = ((Number) m.get("missing")).doubleValue();
        for (Object w : (List<Object>) m.get("widths")) {
            assertThat(((Number) w).doubleValue()).as("width of a Han glyph at 100px (missing glyph: " + missing + ")")
                    .isBetween(95.0, 105.0);
        }
        assertThat((List<Object>) m.get("drawn")).as("Han glyphs drawn unlike the missing-glyph box").isNotEmpty()
                .allMatch(Boolean.TRUE::equals);
    }

    @Test
    void anInsurerChecksCounterpartiesFromTheKeyboardInChineseAndDownloadsTheResults() throws IOException {
        language("zh-CN");
        browser.signIn(DeskPages.INSURER, AccessFixtures.PASSWORD);
        assertThat(text("#nav a[data-nav='check']")).isEqualTo("交易对手核查");
        assertThat(browser.driver.findElement(By.cssSelector("#nav a[data-nav='users']")).isDisplayed()).isFalse();
        browser.menu("check");
        assertThat(text("#check-title")).isEqualTo("交易对手信用核查");
        assertHanRendered("#check-title");

        browser.tabTo("#check-ids");
        browser.keys(DeskPages.CHECKED);
        browser.tabTo("#check-run");
        browser.keys(Keys.ENTER);
        until("document.getElementById('check-purpose-error').textContent.includes('请选择查询用途')");
        assertThat(browser.focusedIs("#check-purpose")).as("the field in error has the focus").isTrue();
        browser.keys(Keys.ARROW_DOWN);
        assertThat(browser.script("return document.getElementById('check-purpose').value")).isEqualTo("underwriting");
        browser.tabTo("#check-run");
        browser.keys(Keys.ENTER);
        until("document.querySelectorAll('#check-table tbody tr[data-entity]').length === 4");

        JsonNode answer = DeskPages.check(http);
        for (JsonNode r : answer.get("results")) {
            String row = "#check-table tr[data-entity='" + r.get("entityId").asString() + "']";
            String shown = text(row);
            if (!r.get("found").asBoolean()) {
                assertThat(shown).contains("未找到");
                continue;
            }
            assertThat(shown).contains(r.get("grade").asString() + "级");
            assertThat(shown.contains("已列入黑名单")).as(row).isEqualTo(r.get("blacklisted").asBoolean());
            assertThat(shown).doesNotContain("Consumer").contains("保险消费者");
        }
        assertThat(text("#check-summary")).contains("共核查 4 个主体").contains("1 个列入黑名单").contains("1 个未找到");
        assertThat(DeskPages.checkAudited(http, "underwriting")).as("the check is audited with its purpose").isTrue();

        // the paths of the party near the blacklisted one, opened with Space
        JsonNode third = answer.get("results").get(2);
        assertThat(third.get("exposures").size()).as(third.toString()).isPositive();
        browser.tabTo("#check-table tr[data-entity='CON-PV3'] button.expand");
        browser.keys(Keys.SPACE);
        until("document.querySelector(\"#check-table tr[data-entity='CON-PV3'] button.expand\").getAttribute('aria-expanded') === 'true'");
        String paths = text("#check-paths-2");
        for (JsonNode id : third.get("exposures").get(0).get("path")) {
            assertThat(paths).contains(id.asString());
        }
        assertThat(paths).contains("黑名单主体 CON-PV2");

        // the results as a CSV file for Excel: UTF-8 with a byte order mark, Chinese headers
        browser.tabTo("#check-download");
        browser.keys(Keys.ENTER);
        Path csv = browser.downloads.resolve("counterparty-check-" + answer.get("asOf").asString() + ".csv");
        browser.until(d -> Files.exists(csv) && csv.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("\"主体编号\",\"是否找到\"");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"CON-PV2\",\"是\"").contains("\"是\",\"SAN-PV1"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"NOPE-DESK\",\"否\""));

        // over the limits: a clear message next to the field, nothing sent
        browser.script("document.getElementById('check-ids').value = Array.from({length: 1001}, (_, i) => 'ID' + i).join('\\n')");
        browser.tabTo("#check-run");
        browser.keys(Keys.ENTER);
        until("document.getElementById('check-ids-error').textContent.includes('最多 1,000 个编号') "
                + "&& document.getElementById('check-ids-error').textContent.includes('1,001')");
        browser.script("const dt = new DataTransfer(); dt.items.add(new File(['x'.repeat(1024 * 1024 + 1)], 'big.csv', {type: 'text/csv'}));"
                + "const f = document.getElementById('check-csv'); f.files = dt.files; f.dispatchEvent(new Event('change'));");
        until("document.getElementById('check-csv-error').textContent.includes('big.csv')");
        // a CSV file with a header: its first column fills the list
        browser.script("const dt = new DataTransfer(); dt.items.add(new File(['\\uFEFFentity_id,name\\r\\n\"CON-PV2\",x\\r\\nCON-PV3,y\\r\\n'], 'ids.csv', {type: 'text/csv'}));"
                + "const f = document.getElementById('check-csv'); f.files = dt.files; f.dispatchEvent(new Event('change'));");
        until("document.getElementById('check-ids').value === 'CON-PV2\\nCON-PV3'");
        assertThat(text("#check-csv-note")).contains("已从 ids.csv 读取 2 个编号");
    }

    @Test
    void aSubjectReadsItsReportAndObjectsToASanctionFromTheKeyboardInEnglish() {
        language("en");
        String subject = users.get(Role.SUBJECT);
        browser.signIn(subject, AccessFixtures.PASSWORD);
        browser.until(d -> d.getCurrentUrl().endsWith("#/me"));
        @SuppressWarnings("unchecked")
        List<String> menu = (List<String>) browser.script("return [...document.querySelectorAll('#nav a')].filter((a) => !a.hidden).map((a) => a.dataset.nav)");
        assertThat(menu).containsExactly("me");
        until("!!document.querySelector('#me-queries-table')");

        JsonNode report = DeskPages.report(http, subject);
        assertThat(text("#me-score-value")).isEqualTo(String.valueOf(report.get("score").get("score").asInt()));
        assertThat(text("#me-grade")).isEqualTo(report.get("score").get("grade").asString());
        assertThat(browser.driver.findElements(By.cssSelector("#me-factors tbody tr"))).hasSize(report.get("score").get("factors").size());
        assertThat(text("#me-sanctions-table tr[data-item='" + DeskPages.SANCTION + "']")).contains("Fine").contains("NFRA Jiangsu").contains("In effect");
        assertThat(text("#me-records-table tr[data-item='" + DeskPages.RECORD + "']")).contains("Complaint").contains("slow payment");
        assertThat(text("#me-queries-table")).contains(users.get(Role.INSURER)).contains("Underwriting").contains("Read your details");
        until("document.getElementById('me-objections').textContent.includes('You have not filed an objection.')");

        // object to the sanction: its button fills the form and puts the focus in the reasons
        browser.tabTo("#me-sanctions-table tr[data-item='" + DeskPages.SANCTION + "'] button");
        browser.keys(Keys.ENTER);
        assertThat(browser.focusedIs("#obj-reason")).isTrue();
        assertThat(browser.script("return document.getElementById('obj-item').value")).isEqualTo(DeskPages.SANCTION);
        browser.tabTo("#obj-submit");
        browser.keys(Keys.ENTER);
        until("document.getElementById('obj-reason-error').textContent.includes('Write your reasons')");
        assertThat(browser.focusedIs("#obj-reason")).isTrue();
        browser.keys("The fine was paid on 2024-03-10, receipt NFRA-2024-118.");
        browser.tabTo("#obj-submit");
        browser.keys(Keys.ENTER);
        until("document.querySelectorAll('#me-objections-table tbody tr').length === 1");
        assertThat(text("#obj-done")).contains("filed");
        assertThat(text("#me-objections-table")).contains(DeskPages.SANCTION).contains("Under review").contains("receipt NFRA-2024-118");
        assertThat(text("#me-sanctions-table tr[data-item='" + DeskPages.SANCTION + "']")).contains("Disputed");
        JsonNode filed = DeskPages.objections(http, subject).get("items");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).get("itemId").asString()).isEqualTo(DeskPages.SANCTION);
        assertThat(filed.get(0).get("status").asString()).isEqualTo("OPEN");

        // another page's address takes a subject back to its report
        browser.go("#/search");
        browser.until(d -> d.getCurrentUrl().endsWith("#/me"));
        assertThat(text("#me-title")).isEqualTo("My credit report");
    }

    @Test
    void anAdministratorCreatesDisablesAndResetsAUserAndReadsItsAuditTrailInChinese() {
        language("zh-CN");
        browser.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        browser.menu("users");
        assertThat(text("#users-title")).isEqualTo("用户管理");
        assertHanRendered("#users-title");

        browser.tabTo("#user-name");
        browser.keys(DeskPages.NEW_USER, Keys.TAB, "short", Keys.TAB);
        assertThat(browser.focusedIs("#user-role")).isTrue();
        browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(browser.script("return document.getElementById('user-role').value")).isEqualTo("SUBJECT");
        browser.tabTo("#user-entity");
        browser.keys("CON-PV1", Keys.ENTER);
        until("document.getElementById('user-password-error').textContent.includes('12')");
        assertThat(browser.focusedIs("#user-password")).isTrue();
        browser.script("document.getElementById('user-password').select()");
        browser.keys("a-long-first-password", Keys.ENTER);
        String row = "#users-table tr[data-user='" + DeskPages.NEW_USER + "']";
        until("!!document.querySelector(arguments[0])", row);
        assertThat(text(row)).contains("信息主体").contains("CON-PV1").contains("正常");
        JsonNode created = http.asAdmin("GET", "/api/v1/users/" + DeskPages.NEW_USER).json();
        assertThat(created.get("role").asString()).isEqualTo("SUBJECT");
        assertThat(created.get("entityId").asString()).isEqualTo("CON-PV1");
        assertThat(http.call("GET", "/api/v1/me/credit-report", DeskPages.NEW_USER, "a-long-first-password").status()).isEqualTo(200);

        // disable: the sign-in is refused at once
        browser.tabTo(row + " button[data-action='disable']");
        browser.keys(Keys.ENTER);
        until("document.querySelector(arguments[0])?.dataset.enabled === 'false'", row);
        assertThat(text(row)).contains("已停用");
        assertThat(http.call("GET", "/api/v1/me/credit-report", DeskPages.NEW_USER, "a-long-first-password").status()).isEqualTo(401);

        // reset the password, enable again: only the new password works
        browser.tabTo(row + " button[data-action='reset']");
        browser.keys(Keys.ENTER);
        assertThat(browser.focusedIs("#reset-password")).isTrue();
        assertThat(text("#reset-title")).contains(DeskPages.NEW_USER);
        browser.keys("a-long-second-password", Keys.ENTER);
        until("document.getElementById('users-reset').hidden");
        assertThat(browser.focusedIs(row + " button[data-action='reset']")).as("the focus back on the row").isTrue();
        shiftTabTo(row + " button[data-action='enable']");
        browser.keys(Keys.ENTER);
        until("document.querySelector(arguments[0])?.dataset.enabled === 'true'", row);
        assertThat(http.call("GET", "/api/v1/me/credit-report", DeskPages.NEW_USER, "a-long-first-password").status()).isEqualTo(401);
        assertThat(http.call("GET", "/api/v1/me/credit-report", DeskPages.NEW_USER, "a-long-second-password").status()).isEqualTo(200);

        // the administrator's own account cannot be disabled
        shiftTabTo("#users-table tr[data-user='admin'] button[data-action='disable']");
        browser.keys(Keys.ENTER);
        until("document.getElementById('users-message').textContent.includes('不能停用自己的账号')");

        // the audit trail of the new user, filtered from the keyboard
        browser.menu("audit");
        assertThat(text("#audit-title")).isEqualTo("审计日志");
        browser.tabTo("#audit-actor");
        browser.keys(DeskPages.NEW_USER, Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("actor=" + DeskPages.NEW_USER));
        audit.flush();
        long total = DeskPages.auditTotal(http, DeskPages.NEW_USER);
        assertThat(total).isPositive();
        until("document.getElementById('audit-summary')?.textContent === arguments[0]", "共 " + total + " 条记录");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize((int) Math.min(total, 50));
        assertThat(text("#audit-table")).contains("GET /api/v1/me/credit-report").contains("信息主体").doesNotContain("SUBJECT");
    }
}
