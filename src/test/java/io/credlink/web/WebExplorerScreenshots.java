package io.credlink.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.Role;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.resolution.ResolutionFixture;

/**
 * Writes the screenshots of docs/screenshots/&lt;lang&gt;/ (README "Web explorer"). Runs only when asked:
 * {@code mvn -q test -Dtest=WebExplorerScreenshots -Dcredlink.screenshots=docs/screenshots} (Chinese;
 * {@code -Dcredlink.screenshots.lang=en} for English).
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "credlink.screenshots", matches = ".*\\S.*",
        disabledReason = "screenshots are written only with -Dcredlink.screenshots=DIR")
class WebExplorerScreenshots {

    static final String AS_OF = "2025-06-30";

    static final String LANG = System.getProperty("credlink.screenshots.lang", "zh-CN");

    @Autowired
    ImportService imports;

    Browser browser;
    Explorer explorer;
    Path out;

    @BeforeAll
    void start() throws IOException {
        // the explorer in the language of -Dcredlink.screenshots.lang (Chinese unless told), in a folder of that name
        out = Path.of(System.getProperty("credlink.screenshots")).resolve(LANG);
        Files.createDirectories(out);
        browser.resize(1280, 1080);
        explorer.sample(0);
    }

    @Test
    void mainViews() throws IOException {
        explorer.page.language(LANG);
        browser.until(d -> LANG.equals(d.findElement(By.id("lang")).getAttribute("value")));
        browser.screenshot(out.resolve("login.png"));

        explorer.page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        browser.go("#/search?q=" + "%E5%9B%BD%E7%91%9E");
        browser.visible(By.cssSelector("#search-results section"));
        browser.screenshot(out.resolve("search.png"));

        // reads by an analyst and an insurer, so that the audit panel shows who looked, with what purpose
        Map<Role, String> users = explorer.users();
        for (Role role : List.of(Role.ANALYST, Role.INSURER)) {
            String user = users.get(role);
            explorer.http.send(explorer.http.request("GET", "/api/v1/entities/PRC00000111", user, AccessFixtures.passwordOf(user))
                    .header("X-Purpose", role == Role.ANALYST ? "claim investigation CLM0000000143" : "underwriting check").build());
        }
        browser.go("#/party/PRC00000111?asOf=" + AS_OF);
        browser.visible(By.cssSelector("#party-restrictions table"));
        browser.visible(By.cssSelector("#party-sanctions .note, #party-sanctions table"));
        browser.visible(By.cssSelector("#party-credit .score"));
        browser.visible(By.cssSelector("#party-audit table"));
        browser.screenshot(out.resolve("party.png"));
        // the credit and audit panels on their own (element screenshots)
        elementShot("#party-credit", "credit.png");
        elementShot("#party-audit", "audit.png");

        browser.go("#/graph/PRC00000111?depth=3&asOf=" + AS_OF);
        browser.graphReady();
        browser.until(d -> d.findElement(By.id("graph-details")).getText().contains("PRC00000111"));
        scrollTo("#graph-tools");
        browser.screenshot(out.resolve("graph.png"));

        browser.go("#/paths?from=CON000000507&to=CON000000510&maxHops=4&asOf=" + AS_OF);
        browser.graphReady();
        browser.screenshot(out.resolve("paths.png"));

        browser.go("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true"
                + "&decidedOn=2023-08-08&effectiveFrom=2023-08-08&asOf=" + AS_OF + "&run=1");
        browser.graphReady();
        scrollTo("#impact-result");
        browser.screenshot(out.resolve("impact.png"));

        browser.go("#/lists?list=black&asOf=" + AS_OF);
        browser.visible(By.id("list-table"));
        browser.screenshot(out.resolve("lists.png"));

        if (explorer.http.asAdmin("POST", "/api/v1/fraud/scans").status() == 200) {
            browser.go("#/fraud");
            browser.visible(By.cssSelector("#rings a.ring-link"));
            browser.screenshot(out.resolve("fraud.png"));
            browser.driver.findElement(By.cssSelector("#rings a.ring-link")).click();
            browser.graphReady();
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims-table tbody tr")));
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-parties li")));
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cy[data-marked='true']")));
            scrollTo("#evidence-info");
            browser.screenshot(out.resolve("ring.png"));
        }

        // entity resolution: one person at two insurers and pairs queued for review (the sample plants no duplicates)
        imports.importDirectory(ResolutionFixture.write(Files.createTempDirectory("resolution-fixture")), ImportProgress.NONE);
        ResolutionBrowserFixture.queueForReview(explorer.driver());
        browser.go("#/party/" + ResolutionFixture.PERSON_A);
        browser.visible(By.cssSelector("#same-as-members tbody tr"));
        browser.visible(By.cssSelector("#party-same-as h3 + .note, #same-as-decisions"));
        elementShot("#party-same-as", "same-as.png");
        browser.go("#/review");
        browser.visible(By.cssSelector("#review-queue[data-ready='true']"));
        browser.visible(By.id("review-records"));
        browser.screenshot(out.resolve("review.png"));

        // the same explorer in Firefox (the Firefox test drives it over WebDriver BiDi), when installed
        if (Firefox.available()) {
            try (Firefox ff = Firefox.open(explorer.http.port(), 1280, 1080)) {
                Page page = Page.of(ff);
                page.language(LANG);
                page.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
                ff.go("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true"
                        + "&decidedOn=2023-08-08&effectiveFrom=2023-08-08&asOf=" + AS_OF + "&run=1");
                ff.graphReady();
                ff.call("() => document.getElementById('impact-result').scrollIntoView()");
                ff.until("fonts", "() => document.fonts.status === 'loaded'");
                ff.screenshot(out.resolve("firefox-impact.png"));
            }
        }
    }

    private void elementShot(String css, String file) throws IOException {
        scrollTo(css);
        Files.write(out.resolve(file), browser.driver.findElement(By.cssSelector(css)).getScreenshotAs(OutputType.BYTES));
    }

    private void scrollTo(String css) {
        browser.script("const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start'});", css);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return document.fonts.status === 'loaded'")));
    }
}
