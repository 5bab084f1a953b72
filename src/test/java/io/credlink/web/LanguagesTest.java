package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every view of the explorer in Chinese and in English (sample data with a fraud scan, a
 * resolution run, a watch list and a notification): no raw enum name, no message key, and on the
 * Chinese pages no English text of the bundles and none of the English sentences the server wrote
 * for what they show (credit factor details, explanations of a propagation, notification
 * summaries, partner measures, rule descriptions, fraud alerts' and rings' summaries on the alerts
 * list, an alert of each kind, a ring, a case and a claim's page), which the pages word from their
 * codes instead, nor an evidence name shown as the detector wrote it;
 * the Chinese is drawn with real glyphs; the switch in the header changes the language on the
 * sign-in page and the choice stays after a reload. The subject's own report is checked the same
 * way in both languages. Run in Chromium by {@link LanguagesBrowserTest} and in Firefox ESR by
 * {@link LanguagesFirefoxTest}, so that a page that reads wrong in one engine fails there.
 */
abstract class LanguagesTest {

    static final String AS_OF = "2025-06-30";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    Explorer explorer;

    /** Route → what shows that the view has drawn ({@code " && "} between parts that must all be there). */
    final Map<String, String> views = new LinkedHashMap<>();
    /** Route → the elements of the view that each show one of the server's sentences, worded from its code. */
    final Map<String, String> worded = new LinkedHashMap<>();
    /** An alert of each kind but RING, by kind. */
    final Map<String, String> alertOfKind = new LinkedHashMap<>();
    /** The English sentences the server wrote for what the visited views show. */
    final List<String> serverProse = new ArrayList<>();
    String subject;
    String accessRequest;

    @BeforeAll
    void start() {
        MonitoringPages.deleteMonitoring(explorer.driver());
        explorer.sample(1);
        AccessFixtures http = explorer.http;
        Reply run = http.asAdmin("POST", "/api/v1/resolution/runs");
        assertThat(run.status()).as(run.raw().body()).isBetween(200, 202);
        JsonNode ring = http.asAdmin("GET", "/api/v1/fraud/rings?size=1").json().at("/items/0/id");
        assertThat(ring.isMissingNode()).as("a ring in the sample").isFalse();
        for (String kind : List.of("REPEAT_CLAIM", "INSURE_AFTER_LOSS", "FAKE_POLICY", "FICTITIOUS_BUSINESS")) {
            JsonNode alert = http.asAdmin("GET", "/api/v1/fraud/alerts?size=1&kind=" + kind).json().at("/items/0/id");
            assertThat(alert.isMissingNode()).as("a " + kind + " alert in the sample").isFalse();
            alertOfKind.put(kind, alert.asString());
        }
        String claim = http.asAdmin("GET", "/api/v1/fraud/alerts/" + alertOfKind.get("REPEAT_CLAIM")).json()
                .at("/evidence/claims/0/id").asString("");
        assertThat(claim).as("a claim of the repeat claim").isNotEmpty();
        Reply list = http.postJsonAsAdmin("/api/v1/watchlists", "{\"name\": \"重点关注\", \"entityIds\": [\"IMD0000015\", \"PRC00000111\", \"CON000000518\"]}");
        assertThat(list.status()).as(list.raw().body()).isEqualTo(201);
        String listId = list.json().get("id").asString();
        Reply sanction = MonitoringPages.sanction(http, explorer.driver(), Role.REGULATOR, "SAN-LANG-1", "CON000000518");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
        // a subject with a sanction and a credit record, so that its own report has factors
        subject = http.usersByRole(explorer.driver()).get(Role.SUBJECT);
        Reply fine = http.postJsonAsAdmin("/api/v1/sanctions", "{\"id\": \"SAN-LANG-2\", \"subjectId\": \"" + AccessFixtures.SUBJECT_ID
                + "\", \"authority\": \"NFRA\", \"kind\": \"FINE\", \"severity\": 2, \"blacklist\": false, "
                + "\"decidedOn\": \"2024-03-01\", \"effectiveFrom\": \"2024-03-01\", \"effectiveTo\": \"2024-09-01\"}");
        assertThat(fine.status()).as(fine.raw().body()).isEqualTo(201);
        Reply record = http.postJsonAsAdmin("/api/v1/records", "{\"id\": \"REC-LANG-1\", \"subjectId\": \"" + AccessFixtures.SUBJECT_ID
                + "\", \"kind\": \"COMPLAINT\", \"date\": \"2025-01-15\", \"severity\": 2}");
        assertThat(record.status()).as(record.raw().body()).isEqualTo(201);
        // something in each regulator's, analyst's and administrator's queue: an objection to the
        // record, an insurer's access request, a case opened on the ring and an alert of each kind
        Reply objection = http.json("POST", "/api/v1/objections", subject, AccessFixtures.PASSWORD,
                "{\"recordId\": \"REC-LANG-1\", \"reason\": \"投诉已由法院判决撤销\"}");
        assertThat(objection.status()).as(objection.raw().body()).isEqualTo(201);
        Reply asked = explorer.as(Role.INSURER, "POST", "/api/v1/access-requests",
                "{\"entityId\": \"CON000000518\", \"scope\": \"PII\", \"purpose\": \"理赔调查\"}");
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(201);
        accessRequest = asked.json().get("id").asString();
        List<String> caseAlerts = new ArrayList<>(alertOfKind.values());
        caseAlerts.add(ring.asString());
        Reply opened = http.postJsonAsAdmin("/api/v1/fraud/cases", "{\"title\": \"团伙及重复理赔线索\", \"alertIds\": [\""
                + String.join("\", \"", caseAlerts) + "\"]}");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        explorer.settled();
        collectServerProse();

        views.put("#/search?q=%E5%9B%BD%E7%91%9E", "#search-results section");
        views.put("#/search?q=IMD0000015", "#search-results section");
        views.put("#/party/PRC00000111?asOf=" + AS_OF, "#party-restrictions table && #party-rules && #party-credit .bars");
        views.put("#/party/CON000000518?asOf=" + AS_OF, "#party-sanctions table && #party-credit .bars");
        views.put("#/party/IMD0000015?asOf=" + AS_OF, "#party-credit .bars && #party-sanctions table");
        views.put("#/graph/PRC00000111?depth=1&asOf=" + AS_OF, "#cy[data-ready='true']");
        views.put("#/paths?from=CON000000507&to=CON000000510&maxHops=4&asOf=" + AS_OF, "#paths-summary");
        views.put("#/fraud", "#rings table && #alerts table");
        views.put("#/fraud/ring/" + ring.asString(), "#claims-table");
        for (String alert : alertOfKind.values()) {
            views.put("#/fraud/alert/" + alert, "#evidence-claims table, #evidence-claims p.note:not(:empty)");
            worded.put("#/fraud/alert/" + alert, "#evidence-summary");
        }
        views.put("#/party/" + claim + "?asOf=" + AS_OF, "#party-fraud li [data-code]");
        views.put("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true&decidedOn=2023-08-08&effectiveFrom=2023-08-08&run=1",
                "#impact-table");
        views.put("#/sanction/SAN00000001?asOf=" + AS_OF, "#impact-status && #impact-rules");
        views.put("#/lists?list=black&asOf=" + AS_OF, "#list-table");
        views.put("#/lists?list=red&asOf=" + AS_OF, "#list-summary");
        views.put("#/review", "#review-queue[data-ready='true']");
        views.put("#/watchlists", "#wl-table");
        views.put("#/watchlists/" + listId, "#sub-list > *");
        views.put("#/notifications", "#inbox-table");
        // the pages of the roles' workflows
        views.put("#/dashboard", "#dash-coverage-table && #dash-grades-table && #dash-alerts-table");
        views.put("#/triage", "#triage-table");
        views.put("#/cases", "#cases-table");
        views.put("#/cases/" + caseId, "#case-facts && #case-evidence && #case-alerts li [data-code]");
        views.put("#/record", "#sanction-form");
        views.put("#/item/REC-LANG-1", "#item-panel .item-summary");
        views.put("#/objections", "#objections-list article.objection .item-summary");
        views.put("#/access-requests", "#access-table");
        views.put("#/feedback/SAN00000001?asOf=" + AS_OF, "#feedback-summary");
        views.put("#/check", "#check-form");
        views.put("#/users", "#users-table");
        views.put("#/audit", "#audit-table");
        for (String id : List.of("PRC00000111", "CON000000518", "IMD0000015")) {
            worded.put("#/party/" + id + "?asOf=" + AS_OF, "#party-credit .bars > [role=listitem]");
        }
        worded.put("#/sanction/SAN00000001?asOf=" + AS_OF, "#impact-status");
        worded.put("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true&decidedOn=2023-08-08&effectiveFrom=2023-08-08&run=1",
                "#impact-status");
        worded.put("#/notifications", "#inbox-table tbody tr");
        worded.put("#/fraud", "#rings tbody tr, #alerts tbody tr");
        worded.put("#/fraud/ring/" + ring.asString(), "#evidence-summary");
        worded.put("#/cases/" + caseId, "#case-alerts li");
        worded.put("#/party/" + claim + "?asOf=" + AS_OF, "#party-fraud li");
        worded.put("#/me", "#me-factors tbody tr");
    }

    /**
     * The English sentences the server writes for what the views show, from the API and the rules
     * file; each kind must be there, else the check below would pass on pages that show none.
     */
    private void collectServerProse() {
        AccessFixtures http = explorer.http;
        for (String id : List.of("PRC00000111", "CON000000518", "IMD0000015")) {
            JsonNode score = http.asAdmin("GET", "/api/v1/credit/scores/" + id + "?asOf=" + AS_OF).json();
            for (JsonNode f : score.get("factors")) {
                assertThat(f.path("detailCode").asString("")).as("code of " + f).startsWith("credit.factor.");
                serverProse.add(f.get("detail").asString());
            }
        }
        JsonNode restrictions = http.asAdmin("GET", "/api/v1/entities/PRC00000111/restrictions?asOf=" + AS_OF).json().get("restrictions");
        for (JsonNode r : restrictions) {
            for (JsonNode m : r.get("partnerMeasures")) {
                assertThat(m.path("departmentCode").isString()).as("department code of " + m).isTrue();
                serverProse.add(m.get("department").asString());
                m.get("restrictions").forEach(x -> serverProse.add(x.asString()));
            }
        }
        JsonNode propagation = http.asAdmin("GET", "/api/v1/sanctions/SAN00000001/propagation?asOf=" + AS_OF).json();
        assertThat(propagation.path("explanationCode").asString("")).startsWith("propagation.");
        serverProse.add(propagation.get("explanation").asString());
        // the notifications are written after the sanction's commit, on another thread
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode items = http.asAdmin("GET", "/api/v1/notifications").json().get("items");
        while (items.isEmpty() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
            items = http.asAdmin("GET", "/api/v1/notifications").json().get("items");
        }
        assertThat(items).as("notifications of SAN-LANG-1").isNotEmpty();
        for (JsonNode n : items) {
            assertThat(n.get("changes")).as("changes of " + n).isNotEmpty();
            serverProse.add(n.get("summary").asString());
        }
        JsonNode report = http.call("GET", "/api/v1/me/credit-report", subject, AccessFixtures.PASSWORD).json();
        assertThat(report.at("/score/factors")).as("the subject's factors").isNotEmpty();
        report.at("/score/factors").forEach(f -> serverProse.add(f.get("detail").asString()));
        serverProse.addAll(LanguagePages.ruleDescriptions());
        // the fraud alerts' and rings' summaries (one of each wording is enough: the check looks for their words)
        Set<String> summaries = new LinkedHashSet<>();
        for (String list : List.of("/api/v1/fraud/alerts?size=1000", "/api/v1/fraud/rings?size=1000")) {
            for (JsonNode a : http.asAdmin("GET", list).json().get("items")) {
                assertThat(a.at("/evidence/summaryCode").asString("")).as("summary code of " + a.get("id")).startsWith("fraud.");
                summaries.add(a.at("/evidence/summary").asString());
            }
        }
        serverProse.addAll(summaries);
        assertThat(serverProse).as("server sentences").anyMatch(x -> x.contains("age weight"))
                .anyMatch(x -> x.contains("in force from")).anyMatch(x -> x.contains("blacklisted by sanction SAN-LANG-1"))
                .anyMatch(x -> x.contains("Financial regulator")).anyMatch(x -> x.contains("legal representatives"))
                .anyMatch(x -> x.contains("claims for one loss")).anyMatch(x -> x.contains("the policy started"))
                .anyMatch(x -> x.startsWith("policy ")).anyMatch(x -> x.contains("policies cancelled within"))
                .anyMatch(x -> x.contains("linked consumers with"));
    }

    @AfterAll
    void stop() {
        MonitoringPages.deleteMonitoring(explorer.driver());
        // access requests are not domain data: this one would stay pending in the queue
        if (accessRequest != null) {
            explorer.driver().executableQuery("MATCH (r:AccessRequest {id: $id}) DETACH DELETE r").withParameters(Map.of("id", accessRequest))
                    .execute();
        }
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        Page page = explorer.page;
        page.go("#/login");
        page.until("the sign-in form", "() => document.getElementById('login-name') !== null");
        // a raw enum, a key and an English label of the bundles, as a broken page would show them
        Map<String, Object> found = check("zh-CN", "OFFICE_BAN · party.col-measure · Restrictions in force · BANK_ACCOUNT:6222 · 处罚 SAN1，age weight 50%",
                List.of("sanction SAN1 (FINE, severity 3) decided 2024-01-01, in force, age weight 50%"));
        assertThat(found.get("rawEnums")).asList().containsExactly("OFFICE_BAN");
        assertThat(found.get("keys")).asList().contains("party.col-measure");
        assertThat(found.get("english")).asList().contains("party.restrictions: Restrictions in force");
        assertThat(found.get("serverProse")).asList().contains("age weight");
        assertThat(LanguagePages.problems("self-test", "zh-CN", found)).anyMatch(p -> p.contains("raw enum name OFFICE_BAN"))
                .anyMatch(p -> p.contains("message key shown instead of its text: party.col-measure"))
                .anyMatch(p -> p.contains("English on the Chinese page: party.restrictions"))
                .anyMatch(p -> p.contains("the server's English on the Chinese page: age weight"));
        // the same sentence is the page's own on an English page
        assertThat(check("en", "age weight 50%", List.of("age weight 50%")).get("serverProse")).asList().isEmpty();
    }

    @Test
    void everyViewInChineseThenInEnglish() {
        Page page = explorer.page;
        List<String> problems = new ArrayList<>();
        page.go("#/login");
        page.until("the sign-in form", "() => document.getElementById('login-name') !== null");
        page.js("() => localStorage.removeItem('credlink.lang')");
        page.reload();
        // the browser asks for en-GB: English until the switch says otherwise
        page.until("the English sign-in page", "() => document.getElementById('login-title')?.textContent === 'Sign in to CredLink'");
        switchTo(page, "zh-CN");
        page.until("the Chinese sign-in page", "() => document.getElementById('login-title')?.textContent === '登录 CredLink'");
        assertThat(page.js("() => document.querySelector('a.skip').textContent")).isEqualTo("跳到正文");
        // the sign-in page is short by design: 140 characters as Firefox reads it (innerText), under the views' 150
        problems.addAll(LanguagePages.problems("sign-in page", "zh-CN", check("zh-CN", null, List.of()), 100));
        Map<String, Object> loginGlyphs = glyphs("#login-title");

        page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        assertThat(page.shown("#nav")).contains("检索", "关联图谱", "黑红名单");
        problems.addAll(visitAll("zh-CN"));
        Map<String, Object> navGlyphs = glyphs("#nav");
        Map<String, Object> headingGlyphs = glyphs("main h1");

        // remembered: a reload (and a new visit) stays in Chinese
        page.reload();
        page.until("the menu in Chinese after a reload", "() => document.getElementById('nav')?.textContent.includes('检索')");
        assertThat(page.js("() => localStorage.getItem('credlink.lang')")).isEqualTo("zh-CN");
        // the view drawn again before the next reload, which would cut its requests off
        settle();

        switchTo(page, "en");
        page.until("the menu in English", "() => document.getElementById('nav')?.textContent.includes('Search')");
        problems.addAll(visitAll("en"));

        // the subject's own report, in English and then in Chinese
        page.signIn(subject, AccessFixtures.PASSWORD);
        problems.addAll(visit("#/me", "#me-factors tbody tr", "en"));
        switchTo(page, "zh-CN");
        problems.addAll(visit("#/me", "#me-factors tbody tr", "zh-CN"));
        assertThat(problems).as("what readers would trip on in " + page.engine()).isEmpty();
        LanguagePages.assertHanRendered("#login-title in " + page.engine(), loginGlyphs, page.isFirefox());
        LanguagePages.assertHanRendered("#nav in " + page.engine(), navGlyphs, page.isFirefox());
        LanguagePages.assertHanRendered("main h1 in " + page.engine(), headingGlyphs, page.isFirefox());
    }

    /**
     * An alert stored by a scan before the codes existed (its evidence without summaryCode and
     * summaryArgs): a Chinese page names its kind rather than show English, an English page shows
     * the server's English, marked as such.
     */
    @Test
    void anAlertStoredBeforeTheCodesReadsAsItsKindInChineseAndAsTheServersEnglishInEnglish() throws Exception {
        String id = alertOfKind.get("FICTITIOUS_BUSINESS");
        Driver driver = explorer.driver();
        String stored = driver.executableQuery("MATCH (x:FraudAlert {id: $id}) RETURN x.evidence AS evidence")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("evidence").asString();
        ObjectNode old = (ObjectNode) JSON.readTree(stored);
        String english = old.get("summary").asString();
        old.remove("summaryCode");
        old.remove("summaryArgs");
        storeEvidence(driver, id, JSON.writeValueAsString(old));
        String chineseKind = JSON.readTree(Files.readString(LanguagePages.BUNDLES.resolve("zh-CN/enums.json")))
                .get("enum.AlertKind.FICTITIOUS_BUSINESS").asString();
        try {
            Page page = explorer.page;
            for (String language : List.of("zh-CN", "en")) {
                page.language(language);
                page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
                page.go("#/fraud/alert/" + id);
                String expected = language.equals("en") ? english : chineseKind;
                page.until("the finding of " + id + " in " + language,
                        "(t) => document.querySelector('#evidence-summary [data-code]')?.textContent === t", expected);
                assertThat(page.js("() => document.querySelector('#evidence-summary [data-code]').getAttribute('data-code')"))
                        .as("no code in " + language).isEqualTo("");
                assertThat(page.js("() => document.querySelector('#evidence-summary [data-code]').getAttribute('lang')"))
                        .as("marked as English in " + language).isEqualTo(language.equals("en") ? "en" : null);
            }
        } finally {
            storeEvidence(driver, id, stored);
        }
    }

    private static void storeEvidence(Driver driver, String alertId, String evidence) {
        driver.executableQuery("MATCH (x:FraudAlert {id: $id}) SET x.evidence = $evidence")
                .withParameters(Map.of("id", alertId, "evidence", evidence)).execute();
    }

    /**
     * The header's language switch set to the language, as choosing it does: the explorer reloads
     * in it. The change is fired after the call has answered, so that the reload cannot cut it off.
     */
    private void switchTo(Page page, String code) {
        page.js("(c) => { const s = document.getElementById('lang'); s.value = c;"
                + " setTimeout(() => s.dispatchEvent(new Event('change', {bubbles: true}))); }", code);
        page.until("the explorer in " + code, "(c) => document.documentElement.lang === c && document.getElementById('lang')?.value === c", code);
    }

    private List<String> visitAll(String language) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            problems.addAll(visit(view.getKey(), view.getValue(), language));
        }
        return problems;
    }

    /** One view: drawn, read well in the language, and the server's sentences it shows worded from their codes. */
    private List<String> visit(String route, String drawn, String language) {
        Page page = explorer.page;
        List<String> problems = new ArrayList<>();
        page.go(route);
        try {
            for (String part : drawn.split(" && ")) {
                page.until(route + " showing " + part, "(css) => document.querySelector(css) !== null", part);
            }
        } catch (RuntimeException | AssertionError e) {
            problems.add(route + " (" + language + "): never showed " + drawn + " — " + page.js("() => document.querySelector('main')?.innerText"));
            return problems;
        }
        settle();
        problems.addAll(LanguagePages.problems(route + " (" + language + ")", language, check(language, null, serverProse)));
        if (language.equals("zh-CN") && (route.startsWith("#/fraud/") || route.startsWith("#/cases/"))) {
            // the names of the evidence (a detector's own terms, such as daysAfterStart or crossRoles) in the reader's language
            @SuppressWarnings("unchecked")
            List<String> raw = (List<String>) page.js("() => [...document.querySelectorAll('main dt, main th')]"
                    + ".map((e) => e.textContent.trim()).filter((x) => /[a-z][A-Z]|^[a-z]{3,}$/.test(x))");
            raw.forEach(name -> problems.add(route + " (zh-CN): evidence name as the detector wrote it: " + name));
        }
        String css = worded.get(route);
        if (css != null) {
            // each such element holds its sentence worded from a code (not the server's English, marked lang="en")
            @SuppressWarnings("unchecked")
            List<Number> counts = (List<Number>) page.js("(css) => { const all = [...document.querySelectorAll(css)];"
                    + " return [all.length, all.filter((e) => e.querySelector('[data-code]:not([data-code=\"\"]):not([lang])')"
                    + " || (e.matches('[data-code]:not([data-code=\"\"]):not([lang])'))).length]; }", css);
            if (counts.get(0).intValue() == 0 || counts.get(1).intValue() != counts.get(0).intValue()) {
                problems.add(route + " (" + language + "): " + counts.get(1).intValue() + " of " + counts.get(0).intValue() + " " + css
                        + " show the server's sentence worded from its code");
            }
        }
        return problems;
    }

    /** Waits until the page's text stops changing (the panels of a view load one after another). */
    private void settle() {
        String before = "";
        for (int i = 0; i < 30; i++) {
            String now = String.valueOf(explorer.page.js("() => document.body.innerText"));
            if (now.equals(before) && !now.contains("Loading…") && !now.contains("正在加载…")) {
                return;
            }
            before = now;
            sleep(Duration.ofMillis(400));
        }
    }

    /**
     * language-check.js on the page. The server's sentences go in as one JSON text, which either
     * browser passes on as it is.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> check(String language, String extra, List<String> prose) {
        return (Map<String, Object>) explorer.page.js("(language, areas, extra, prose) => (" + LanguagePages.script("language-check.js")
                + "\n)(language, areas, extra, JSON.parse(prose))", language, LanguagePages.areas(), extra, JSON.writeValueAsString(prose));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> glyphs(String css) {
        return (Map<String, Object>) explorer.page.js(LanguagePages.script("han-glyphs.js"), css);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
