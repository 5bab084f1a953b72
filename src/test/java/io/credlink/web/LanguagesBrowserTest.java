package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Every view of the explorer in Chinese and in English (headless Chromium, sample data with a
 * fraud scan, a resolution run, a watch list and a notification): no raw enum name, no message
 * key, and on the Chinese pages no English text of the bundles; the Chinese is drawn with real
 * glyphs; the switch in the header changes the language on the sign-in page and the choice stays
 * after a reload.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserTest {

    static final String AS_OF = "2025-06-30";

    Browser browser;
    Explorer explorer;

    /** Route → what shows that the view has drawn. */
    final Map<String, String> views = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        MonitoringPages.deleteMonitoring(explorer.driver());
        explorer.sample(1);
        AccessFixtures http = explorer.http;
        Reply run = http.asAdmin("POST", "/api/v1/resolution/runs");
        assertThat(run.status()).as(run.raw().body()).isBetween(200, 202);
        JsonNode ring = http.asAdmin("GET", "/api/v1/fraud/rings?size=1").json().at("/items/0/id");
        JsonNode alert = http.asAdmin("GET", "/api/v1/fraud/alerts?size=1&kind=REPEAT_CLAIM").json().at("/items/0/id");
        assertThat(ring.isMissingNode()).as("a ring in the sample").isFalse();
        assertThat(alert.isMissingNode()).as("an alert in the sample").isFalse();
        Reply list = http.postJsonAsAdmin("/api/v1/watchlists", "{\"name\": \"重点关注\", \"entityIds\": [\"IMD0000015\", \"PRC00000111\", \"CON000000518\"]}");
        assertThat(list.status()).as(list.raw().body()).isEqualTo(201);
        String listId = list.json().get("id").asString();
        Reply sanction = MonitoringPages.sanction(http, explorer.driver(), Role.REGULATOR, "SAN-LANG-1", "CON000000518");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);

        views.put("#/search?q=%E5%9B%BD%E7%91%9E", "#search-results section");
        views.put("#/search?q=IMD0000015", "#search-results section");
        views.put("#/party/PRC00000111?asOf=" + AS_OF, "#party-restrictions table");
        views.put("#/party/CON000000518?asOf=" + AS_OF, "#party-sanctions table");
        views.put("#/graph/PRC00000111?depth=1&asOf=" + AS_OF, "#cy[data-ready='true']");
        views.put("#/paths?from=CON000000507&to=CON000000510&maxHops=4&asOf=" + AS_OF, "#paths-summary");
        views.put("#/fraud", "#rings table");
        views.put("#/fraud/ring/" + ring.asString(), "#claims-table");
        views.put("#/fraud/alert/" + alert.asString(), "#evidence-claims table, #evidence-claims p.note:not(:empty)");
        views.put("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true&decidedOn=2023-08-08&effectiveFrom=2023-08-08&run=1",
                "#impact-table");
        views.put("#/sanction/SAN00000001?asOf=" + AS_OF, "#impact-status");
        views.put("#/lists?list=black&asOf=" + AS_OF, "#list-table");
        views.put("#/lists?list=red&asOf=" + AS_OF, "#list-summary");
        views.put("#/review", "#review-queue[data-ready='true']");
        views.put("#/watchlists", "#wl-table");
        views.put("#/watchlists/" + listId, "#sub-list > *");
        views.put("#/notifications", "#inbox-table, #inbox p.note");
    }

    @AfterAll
    void stop() {
        MonitoringPages.deleteMonitoring(explorer.driver());
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        browser.go("#/login");
        browser.visible(By.id("login-name"));
        // a raw enum, a key and an English label of the bundles, as a broken page would show them
        Map<String, Object> found = check("zh-CN", "OFFICE_BAN · party.col-measure · Restrictions in force · BANK_ACCOUNT:6222");
        assertThat(found.get("rawEnums")).asList().containsExactly("OFFICE_BAN");
        assertThat(found.get("keys")).asList().contains("party.col-measure");
        assertThat(found.get("english")).asList().contains("party.restrictions: Restrictions in force");
        assertThat(LanguagePages.problems("self-test", "zh-CN", found)).anyMatch(p -> p.contains("raw enum name OFFICE_BAN"))
                .anyMatch(p -> p.contains("message key shown instead of its text: party.col-measure"))
                .anyMatch(p -> p.contains("English on the Chinese page: party.restrictions"));
    }

    @Test
    void everyViewInChineseThenInEnglish() {
        List<String> problems = new ArrayList<>();
        browser.go("#/login");
        browser.visible(By.id("login-name"));
        browser.script("localStorage.removeItem('credlink.lang')");
        browser.driver.navigate().refresh();
        // the browser asks for en-GB: English until the switch says otherwise
        browser.until(ExpectedConditions.textToBe(By.id("login-title"), "Sign in to CredLink"));
        new Select(browser.visible(By.id("lang"))).selectByValue("zh-CN");
        browser.until(ExpectedConditions.textToBe(By.id("login-title"), "登录 CredLink"));
        assertThat(browser.driver.findElement(By.cssSelector("a.skip")).getAttribute("textContent")).isEqualTo("跳到正文");
        problems.addAll(LanguagePages.problems("sign-in page", "zh-CN", check("zh-CN", null)));
        Map<String, Object> loginGlyphs = glyphs("#login-title");

        browser.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        assertThat(browser.driver.findElement(By.id("nav")).getText()).contains("检索", "关联图谱", "黑红名单");
        problems.addAll(visitAll("zh-CN"));
        Map<String, Object> navGlyphs = glyphs("#nav");
        Map<String, Object> headingGlyphs = glyphs("main h1");

        // remembered: a reload (and a new visit) stays in Chinese
        browser.driver.navigate().refresh();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "检索"));
        assertThat(browser.script("return localStorage.getItem('credlink.lang')")).isEqualTo("zh-CN");

        new Select(browser.visible(By.id("lang"))).selectByValue("en");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "Search"));
        problems.addAll(visitAll("en"));
        assertThat(problems).as("what readers would trip on").isEmpty();
        LanguagePages.assertHanRendered("#login-title", loginGlyphs);
        LanguagePages.assertHanRendered("#nav", navGlyphs);
        LanguagePages.assertHanRendered("main h1", headingGlyphs);
    }

    private List<String> visitAll(String language) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            browser.go(view.getKey());
            try {
                browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(view.getValue())));
            } catch (RuntimeException e) {
                problems.add(view.getKey() + " (" + language + "): never showed " + view.getValue() + " — "
                        + browser.driver.findElement(By.tagName("main")).getText());
                continue;
            }
            settle();
            problems.addAll(LanguagePages.problems(view.getKey() + " (" + language + ")", language, check(language, null)));
        }
        return problems;
    }

    /** Waits until the page's text stops changing (the panels of a view load one after another). */
    private void settle() {
        String before = "";
        for (int i = 0; i < 30; i++) {
            String now = String.valueOf(browser.script("return document.body.innerText"));
            if (now.equals(before) && !now.contains("Loading…") && !now.contains("正在加载…")) {
                return;
            }
            before = now;
            sleep(Duration.ofMillis(400));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> check(String language, String extra) {
        return (Map<String, Object>) browser.script("return (" + LanguagePages.script("language-check.js") + "\n).apply(null, arguments);",
                language, LanguagePages.areas(), extra);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> glyphs(String css) {
        return (Map<String, Object>) browser.script("return (" + LanguagePages.script("han-glyphs.js") + "\n).apply(null, arguments);", css);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
