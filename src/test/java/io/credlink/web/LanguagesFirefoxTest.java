package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The party page, and the fraud findings on the rings and alerts pages, in Chinese in Firefox ESR:
 * the same check as {@link LanguagesBrowserTest} (with the detectors' English summaries as the
 * server's English), and the glyphs; the findings in English too.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesFirefoxTest {

    Firefox ff;
    Explorer explorer;

    @BeforeAll
    void start() {
        explorer.sample(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePartyPageInChinese() {
        Page page = explorer.page;
        page.language("zh-CN");
        ff.until("the Chinese sign-in page", "() => document.getElementById('login-title')?.textContent === '登录 CredLink'");
        page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        ff.go("#/party/PRC00000111?asOf=2025-06-30");
        ff.until("restrictions and audit drawn", "() => !!document.querySelector('#party-restrictions table') && !!document.querySelector('#party-audit table')"
                + " && !document.body.innerText.includes('正在加载')");
        Map<String, Object> found = (Map<String, Object>) ff.call(LanguagePages.script("language-check.js"), "zh-CN", LanguagePages.areas(), null);
        assertThat(LanguagePages.problems("party page in Firefox", "zh-CN", found)).isEmpty();
        assertThat(ff.text("() => document.getElementById('party-restrictions').innerText")).contains("任职禁入", "生效中的限制措施");
        page.assertHanRendered("#party-restrictions h2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFraudFindingsInChineseAndInEnglish() {
        List<String> summaries = new ArrayList<>();
        JsonNode alerts = explorer.http.asAdmin("GET", "/api/v1/fraud/alerts?size=1000").json().get("items");
        alerts.forEach(a -> summaries.add(a.at("/evidence/summary").asString()));
        JsonNode ring = explorer.http.asAdmin("GET", "/api/v1/fraud/rings?size=1").json().at("/items/0");
        summaries.add(ring.at("/evidence/summary").asString());
        JsonNode fictitious = explorer.http.asAdmin("GET", "/api/v1/fraud/alerts?size=1&kind=FICTITIOUS_BUSINESS").json().at("/items/0");
        assertThat(fictitious.isMissingNode()).as("a fictitious business alert in the sample").isFalse();
        // language-check.js with the server's sentences, which Firefox is given as JSON text
        String check = "(language, areas, extra, prose) => (" + LanguagePages.script("language-check.js")
                + ")(language, areas, extra, JSON.parse(prose))";
        String prose = JsonMapper.builder().build().writeValueAsString(summaries);
        String unworded = "(css) => [...document.querySelectorAll(css)].filter((e) => !e.querySelector('[data-code]:not([data-code=\"\"]):not([lang])')).length";
        Page page = explorer.page;
        page.language("zh-CN");
        page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        ff.go("#/fraud");
        ff.until("the rings and alerts with their findings", "() => !!document.querySelector('#alerts tbody tr [data-code]')"
                + " && !!document.querySelector('#rings tbody tr [data-code]')");
        assertThat(ff.call(unworded, "#alerts tbody tr, #rings tbody tr")).as("rows without a finding worded from its code").isEqualTo(0.0);
        assertThat(LanguagePages.problems("rings and alerts in Firefox", "zh-CN",
                (Map<String, Object>) ff.call(check, "zh-CN", LanguagePages.areas(), null, prose))).isEmpty();
        ff.go("#/fraud/ring/" + ring.get("id").asString());
        ff.until("the ring's finding and claims", "() => !!document.querySelector('#evidence-summary [data-code]') && !!document.getElementById('claims-table')"
                + " && !document.body.innerText.includes('正在加载')");
        assertThat(ff.call(unworded, "#evidence-summary")).isEqualTo(0.0);
        assertThat(LanguagePages.problems("a ring in Firefox", "zh-CN",
                (Map<String, Object>) ff.call(check, "zh-CN", LanguagePages.areas(), null, prose))).isEmpty();
        page.assertHanRendered("#evidence-summary");

        // in English, the page's own sentence is the server's
        page.language("en");
        page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        ff.go("#/fraud/alert/" + fictitious.get("id").asString());
        ff.until("the alert's finding", "() => !!document.querySelector('#evidence-summary [data-code]')");
        assertThat(ff.call(unworded, "#evidence-summary")).isEqualTo(0.0);
        // the same words and numbers (the page groups thousands: 1,200)
        assertThat(ff.text("() => document.getElementById('evidence-summary').textContent").replace(",", ""))
                .isEqualTo(fictitious.at("/evidence/summary").asString());
    }
}
