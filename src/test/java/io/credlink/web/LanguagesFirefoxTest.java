package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;

/** The party page in Chinese in Firefox ESR: the same check as {@link LanguagesBrowserTest}, and the glyphs. */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesFirefoxTest {

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    AccessFixtures http;
    Firefox ff;

    @BeforeAll
    void start() throws IOException {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(Path.of("datasets/sample"), ImportProgress.NONE);
    }

    @AfterAll
    void stop() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePartyPageInChinese() {
        ff.go("#/login");
        ff.call("() => localStorage.setItem('credlink.lang', 'zh-CN')");
        ff.reload();
        ff.until("the Chinese sign-in page", "() => document.getElementById('login-title')?.textContent === '登录 CredLink'");
        ff.type("#login-name", AccessFixtures.ADMIN);
        ff.type("#login-password", AccessFixtures.ADMIN_PASSWORD);
        ff.click("#login-submit");
        ff.until("signed in", "(n) => document.getElementById('who-name').textContent.includes(n)", AccessFixtures.ADMIN);
        ff.go("#/party/PRC00000111?asOf=2025-06-30");
        ff.until("restrictions and audit drawn", "() => !!document.querySelector('#party-restrictions table') && !!document.querySelector('#party-audit table')"
                + " && !document.body.innerText.includes('正在加载')");
        Map<String, Object> found = (Map<String, Object>) ff.call(LanguagePages.script("language-check.js"), "zh-CN", LanguagePages.areas(), null);
        assertThat(LanguagePages.problems("party page in Firefox", "zh-CN", found)).isEmpty();
        assertThat(ff.text("() => document.getElementById('party-restrictions').innerText")).contains("任职禁入", "生效中的限制措施");
        LanguagePages.assertHanRendered("#party-restrictions h2", (Map<String, Object>) ff.call(LanguagePages.script("han-glyphs.js"), "#party-restrictions h2"));
    }
}
