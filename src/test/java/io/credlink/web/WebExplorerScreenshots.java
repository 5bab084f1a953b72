package io.credlink.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;

/**
 * Writes the screenshots of docs/screenshots/ (README "Web explorer"). Runs only when asked:
 * {@code mvn -q test -Dtest=WebExplorerScreenshots -Dcredlink.screenshots=docs/screenshots}.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebExplorerScreenshots {

    static final String AS_OF = "2025-06-30";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    Browser browser;
    Path out;

    @BeforeAll
    void start() throws IOException {
        String dir = System.getProperty("credlink.screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "screenshots are written only with -Dcredlink.screenshots=DIR");
        out = Path.of(dir);
        Files.createDirectories(out);
        browser = Browser.open(port, 1280, 1080);
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(Path.of("datasets/sample"), ImportProgress.NONE);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
            GraphFixtures.deleteDomainData(driver);
        }
    }

    @Test
    void mainViews() throws IOException {
        browser.go("#/login");
        browser.visible(By.id("login-name"));
        browser.screenshot(out.resolve("login.png"));

        browser.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        browser.go("#/search?q=" + "%E5%9B%BD%E7%91%9E");
        browser.visible(By.cssSelector("#search-results section"));
        browser.screenshot(out.resolve("search.png"));

        browser.go("#/party/PRC00000111?asOf=" + AS_OF);
        browser.visible(By.cssSelector("#party-restrictions table"));
        browser.visible(By.cssSelector("#party-sanctions .note, #party-sanctions table"));
        browser.screenshot(out.resolve("party.png"));

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

        if (new AccessFixtures(port).asAdmin("POST", "/api/v1/fraud/scans").status() == 200) {
            browser.go("#/fraud");
            browser.visible(By.cssSelector("#rings a.ring-link")).click();
            browser.graphReady();
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims-table tbody tr")));
            browser.screenshot(out.resolve("ring.png"));
        }
    }

    private void scrollTo(String css) {
        browser.script("const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start'});", css);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return document.fonts.status === 'loaded'")));
    }
}
