package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;

/** The party page in Chinese in Firefox ESR: the same check as {@link LanguagesBrowserTest}, and the glyphs. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesFirefoxTest {

    Firefox ff;
    Explorer explorer;

    @BeforeAll
    void start() {
        explorer.sample(0);
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
}
