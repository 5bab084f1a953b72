package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The web explorer in headless Chromium against the application with the sample data: each
 * view is driven through its forms and buttons and compared with what the API answers.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebExplorerBrowserTest {

    static final String AS_OF = "2025-06-30";

    Browser browser;
    Explorer explorer;

    @BeforeAll
    void start() {
        explorer.sample(0);
    }

    @BeforeEach
    void signedInAsAdmin() {
        explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
    }

    @Test
    void aWrongPasswordIsRefusedTheRightOneSignsInAndLogOutReturnsToTheLoginPage() {
        browser.driver.findElement(By.id("logout")).click();
        browser.visible(By.id("login-name"));
        assertThat(browser.driver.findElement(By.id("who")).isDisplayed()).isFalse();

        browser.type(By.id("login-name"), AccessFixtures.ADMIN);
        browser.type(By.id("login-password"), "not-the-password");
        browser.driver.findElement(By.id("login-password")).sendKeys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-message"), "not accepted"));

        browser.go("#/search");
        browser.visible(By.id("login-name"));

        browser.type(By.id("login-name"), AccessFixtures.ADMIN);
        browser.type(By.id("login-password"), AccessFixtures.ADMIN_PASSWORD);
        browser.driver.findElement(By.id("login-password")).sendKeys(Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who-name"), "admin"));
        assertThat(browser.driver.findElement(By.id("who-name")).getText()).contains("Administrator");
        assertThat(browser.script("return sessionStorage.getItem('credlink.session')")).isNotNull();
    }

    @Test
    void credentialsThatStopWorkingReturnToTheLoginPage() {
        browser.script("const s = JSON.parse(sessionStorage.getItem('credlink.session'));"
                + "s.token = btoa('admin:wrong'); sessionStorage.setItem('credlink.session', JSON.stringify(s));");
        browser.go("#/lists?list=black&asOf=" + AS_OF);
        browser.visible(By.id("login-name"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("sign in again");
        assertThat(browser.script("return sessionStorage.getItem('credlink.session')")).isNull();
    }

    @Test
    void searchByPhoneGroupsTheHoldersByType() {
        browser.go("#/search");
        browser.type(By.id("search-q"), "+86 136 3192 2905");
        browser.driver.findElement(By.id("search-submit")).click();
        WebElement consumers = browser.visible(By.cssSelector("#search-results section[data-type='Consumer']"));

        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/search?q=%2B86%20136%203192%202905&limit=100").json();
        Set<String> expected = new HashSet<>();
        api.get("items").forEach(i -> expected.add(i.get("id").asString()));
        Set<String> shown = new HashSet<>();
        browser.driver.findElements(By.cssSelector("#search-results li[data-id]")).forEach(li -> shown.add(li.getDomAttribute("data-id")));
        assertThat(shown).isEqualTo(expected).contains("CON000000518", "CON000000519");
        assertThat(consumers.getText()).contains("identifier: Phone");
        Axe.check(browser, "the search results");
    }

    @Test
    void searchByIdOpensThePartyPageWithItsChineseNameSanctionAndBlackListMark() {
        browser.go("#/search?q=IMD0000015");
        browser.visible(By.cssSelector("#search-results section[data-type='Intermediary'] a.result-link")).click();

        String name = explorer.http.asAdmin("GET", "/api/v1/entities/IMD0000015").json().get("label").asString();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("party-title"), name));
        assertThat(name).matches(".*[\\u4e00-\\u9fff].*");
        WebElement sanctions = browser.visible(By.cssSelector("#party-sanctions table"));
        assertThat(sanctions.getText()).contains("SAN00000001", "Licence revoked");
        browser.visible(By.id("party-blacklisted"));
        Axe.check(browser, "a party page");
    }

    @Test
    void aPartyPageListsTheRestrictionsWithTheirPathsAndSaysWhatIsNotAvailable() {
        browser.go("#/party/PRC00000111?asOf=" + AS_OF);
        WebElement restrictions = browser.visible(By.cssSelector("#party-restrictions table"));

        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/entities/PRC00000111/restrictions?asOf=" + AS_OF).json();
        assertThat(api.get("restrictions").size()).isPositive();
        List<WebElement> rows = restrictions.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(api.get("restrictions").size());
        for (JsonNode r : api.get("restrictions")) {
            assertThat(restrictions.getText()).contains(LanguagePages.label("Measure", r.get("measure").asString()), r.get("sanctionId").asString());
        }
        assertThat(restrictions.getText()).contains("Office ban");

        // credit, fraud and audit answer or say that they are not available: never an empty panel
        for (String panel : List.of("party-credit", "party-fraud", "party-audit")) {
            browser.until(d -> !d.findElement(By.id(panel)).findElements(By.cssSelector(".note, table, .score, ul")).isEmpty());
        }
        if (explorer.http.asAdmin("GET", "/api/v1/credit/scores/PRC00000111").status() == 404) {
            assertThat(browser.driver.findElement(By.id("party-credit")).getText()).contains("not available");
        }
    }

    @Test
    void theLinkGraphDrawsTheNeighbourhoodExpandsANodeAndExportsAPng() throws IOException {
        browser.go("#/graph/PRC00000111?depth=1&asOf=" + AS_OF);
        browser.graphReady();
        Set<String> level1 = explorer.networkIds("PRC00000111", 1);
        browser.until(d -> String.valueOf(level1.size()).equals(d.findElement(By.id("graph-info")).getDomAttribute("data-nodes")));
        Axe.check(browser, "the link graph");

        String other = level1.contains("IMD0000016") ? "IMD0000016" : level1.stream().filter(i -> !i.equals("PRC00000111")).findFirst().orElseThrow();
        Set<String> union = new HashSet<>(level1);
        union.addAll(explorer.networkIds(other, 1));
        assertThat(union.size()).isGreaterThan(level1.size());
        browser.select(By.id("graph-node"), other);
        browser.driver.findElement(By.id("graph-expand")).click();
        browser.until(d -> String.valueOf(union.size()).equals(d.findElement(By.id("graph-info")).getDomAttribute("data-nodes")));

        // the depth control redraws at depth 2
        browser.select(By.id("graph-depth"), "2");
        browser.setDate(By.id("graph-asof"), AS_OF);
        browser.driver.findElement(By.id("graph-load")).click();
        Set<String> level2 = explorer.networkIds("PRC00000111", 2);
        browser.until(d -> d.getCurrentUrl().contains("depth=2"));
        browser.graphReady();
        browser.until(d -> String.valueOf(level2.size()).equals(d.findElement(By.id("graph-info")).getDomAttribute("data-nodes")));

        browser.driver.findElement(By.id("graph-png")).click();
        Path png = browser.downloads.resolve("credlink-PRC00000111-" + AS_OF + ".png");
        browser.until(d -> Files.exists(png) && png.toFile().length() > 1000);
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P');
        assertThat(head[2]).isEqualTo((byte) 'N');
    }

    @Test
    void thePathFinderListsAndDrawsTheShortestPaths() {
        browser.go("#/paths");
        browser.type(By.id("paths-from"), "CON000000518");
        browser.type(By.id("paths-to"), "CON000000519");
        browser.select(By.id("paths-hops"), "4");
        browser.driver.findElement(By.id("paths-submit")).click();
        browser.graphReady();

        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/paths?from=CON000000518&to=CON000000519&maxHops=4").json();
        assertThat(api.get("paths").size()).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#paths-list li"))).hasSize(api.get("paths").size());
        assertThat(browser.driver.findElement(By.id("paths-summary")).getText()).contains("length " + api.get("length").asInt());
        Axe.check(browser, "the paths view");
    }

    @Test
    void theImpactViewDrawsTheWhatIfTreeWithItsMeasuresAndTheRecordedPropagation() {
        browser.go("#/impact");
        browser.type(By.id("impact-subject"), "IMD0000015");
        browser.select(By.id("impact-kind"), "LICENSE_REVOKED");
        browser.select(By.id("impact-severity"), "5");
        browser.setDate(By.id("impact-decided"), "2023-08-08");
        browser.setDate(By.id("impact-from"), "2023-08-08");
        browser.setDate(By.id("impact-asof"), AS_OF);
        browser.driver.findElement(By.id("impact-submit")).click();
        browser.graphReady();

        JsonNode api = explorer.http.postJsonAsAdmin("/api/v1/sanctions/impact?asOf=" + AS_OF, """
                {"subjectId": "IMD0000015", "authority": "What-if analysis", "kind": "LICENSE_REVOKED", "severity": 5,
                 "blacklist": true, "decidedOn": "2023-08-08", "effectiveFrom": "2023-08-08", "reason": "what-if"}""").json();
        assertAffectedShown(api);
        assertThat(browser.driver.findElement(By.id("impact-table")).getText()).contains("Office ban", "R1");
        Axe.check(browser, "the what-if view");

        browser.go("#/impact");
        browser.type(By.id("recorded-id"), "SAN00000002");
        browser.setDate(By.id("recorded-asof"), AS_OF);
        browser.driver.findElement(By.id("recorded-submit")).click();
        browser.until(d -> d.getCurrentUrl().contains("#/sanction/SAN00000002"));
        browser.graphReady();
        assertAffectedShown(explorer.http.asAdmin("GET", "/api/v1/sanctions/SAN00000002/propagation?asOf=" + AS_OF).json());
    }

    private void assertAffectedShown(JsonNode api) {
        assertThat(api.get("affected").size()).isPositive();
        WebElement table = browser.visible(By.id("impact-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(api.get("affected").size());
        for (JsonNode a : api.get("affected")) {
            assertThat(table.getText()).contains(LanguagePages.label("Measure", a.get("measure").asString()), a.get("rule").asString());
        }
    }

    @Test
    void anAnalystSeesItsRoleAndIsToldThatWhatIfIsForRegulators() {
        explorer.signIn(Role.ANALYST, "en");
        assertThat(browser.driver.findElement(By.id("who-name")).getText()).contains("Analyst");

        browser.go("#/impact?subjectId=IMD0000015&kind=LICENSE_REVOKED&severity=5&blacklist=true&decidedOn=2023-08-08&effectiveFrom=2023-08-08&run=1");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("impact-result"), "for regulators"));
    }

    @Test
    void anInsurerSeesAPartysPropertiesExactlyAsTheApiGivesThemToItAndNoFraudMenu() {
        String insurer = explorer.user(Role.INSURER);
        explorer.signIn(Role.INSURER, "en");
        assertThat(browser.driver.findElement(By.id("who-name")).getText()).contains("Insurer");
        assertThat(browser.driver.findElement(By.cssSelector("#nav a[data-nav='fraud']")).isDisplayed()).isFalse();

        browser.go("#/party/CON000000518?asOf=" + AS_OF);
        WebElement props = browser.visible(By.cssSelector("dl.props"));
        JsonNode api = explorer.http.call("GET", "/api/v1/entities/CON000000518", insurer, AccessFixtures.passwordOf(insurer)).json();
        List<WebElement> terms = props.findElements(By.tagName("dt"));
        List<WebElement> values = props.findElements(By.tagName("dd"));
        assertThat(terms).hasSize(api.get("properties").size());
        List<String> compared = new java.util.ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            // the label is translated; the property it shows is named by data-key
            String key = terms.get(i).getDomAttribute("data-key");
            JsonNode value = api.get("properties").get(key);
            assertThat(value).as(key).isNotNull();
            // codes (GENDER M, status ACTIVE) are shown with their labels; text and masked values as given
            if (value.isString() && value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                // a day reads as the language writes it; the API's value stays in <time datetime>
                assertThat(values.get(i).findElement(By.tagName("time")).getDomAttribute("datetime")).as(key).isEqualTo(value.asString());
                compared.add(key);
            } else if (value.isString() && !value.asString().matches("[A-Z_]+")) {
                assertThat(values.get(i).getText()).as(key).isEqualTo(value.asString());
                compared.add(key);
            }
        }
        assertThat(compared).as("values compared, the masked id number among them").contains("idNumber");
        assertThat(api.get("properties").get("idNumber").asString()).contains("*");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("party-fraud"), "not available to your role"));
    }

    @Test
    void theBlackListShowsEveryPartyAndDownloadsTheCsvTheApiPublishes() throws IOException {
        browser.go("#/lists?list=black&asOf=" + AS_OF);
        WebElement table = browser.visible(By.id("list-table"));
        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/lists/black?asOf=" + AS_OF + "&size=1000").json();
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(api.get("total").asInt());

        browser.driver.findElement(By.id("list-download")).click();
        Path csv = browser.downloads.resolve("black-list-" + AS_OF + ".csv");
        browser.until(d -> Files.exists(csv) && csv.toFile().length() > 0
                && d.findElement(By.id("list-saved")).getText().startsWith("Saved"));
        Reply published = explorer.http.send(explorer.http.request("GET", "/api/v1/lists/black?asOf=" + AS_OF, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Accept", "text/csv").build());
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(published.raw().body());
        Axe.check(browser, "the black list");

        browser.driver.findElement(By.id("tab-red")).click();
        browser.until(d -> d.getCurrentUrl().contains("list=red"));
        JsonNode red = explorer.http.asAdmin("GET", "/api/v1/lists/red?asOf=" + AS_OF).json();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list-summary"), red.get("total").asInt() + " part"));
    }

    @Test
    void chromiumRunsInBritishEnglishSoDateFieldsAreDayMonthYear() {
        browser.go("#/lists?asOf=" + AS_OF);
        browser.visible(By.id("list-asof"));
        assertThat(browser.script("return navigator.language")).isEqualTo("en-GB");
        // typed as a person in the UK would: day, month, year
        browser.script("document.getElementById('list-asof').value = ''");
        browser.script("document.getElementById('list-asof').focus()");
        browser.keys("31122024");
        assertThat(browser.script("return document.getElementById('list-asof').value"))
                .as("31/12/2024 typed; Chromium needs its en-GB locale pack (Debian: chromium-l10n)").isEqualTo("2024-12-31");
    }

    @Test
    void everyStepOfTheWalkThroughWorksFromTheKeyboard() throws IOException {
        // the skip link, then search: Tab to the field, type, Enter; Tab to the result, Enter opens the party
        browser.go("#/search");
        browser.until(d -> browser.focusedIs("main h1"));
        browser.shiftTab();
        for (int i = 0; i < 40 && !browser.focusedIs("a.skip"); i++) {
            browser.shiftTab();
        }
        assertThat(browser.focusedIs("a.skip")).as("Shift+Tab reaches the skip link").isTrue();
        browser.keys(Keys.ENTER);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('view').contains(document.activeElement)")));
        browser.tabTo("#search-q");
        browser.keys("IMD0000015", Keys.ENTER);
        browser.visible(By.cssSelector("#search-results a.result-link"));
        browser.tabTo("a.result-link");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/party/IMD0000015"));
        browser.visible(By.id("party-title"));

        // the graph's node list: an arrow picks a node, Tab to Expand, Enter adds its neighbours, the focus stays
        browser.go("#/graph/PRC00000111?depth=1&asOf=" + AS_OF);
        browser.graphReady();
        Set<String> level1 = explorer.networkIds("PRC00000111", 1);
        browser.until(d -> String.valueOf(level1.size()).equals(d.findElement(By.id("graph-info")).getDomAttribute("data-nodes")));
        browser.tabTo("#graph-node");
        String first = String.valueOf(browser.script("return document.getElementById('graph-node').value"));
        boolean last = Boolean.TRUE.equals(browser.script("const s = document.getElementById('graph-node'); return s.selectedIndex === s.options.length - 1"));
        browser.keys(last ? Keys.ARROW_UP : Keys.ARROW_DOWN);
        browser.until(d -> !first.equals(browser.script("return document.getElementById('graph-node').value")));
        String picked = String.valueOf(browser.script("return document.getElementById('graph-node').value"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("graph-details"), picked));
        Set<String> union = new HashSet<>(level1);
        union.addAll(explorer.networkIds(picked, 1));
        assertThat(union.size()).isGreaterThan(level1.size());
        browser.keys(Keys.TAB);
        assertThat(browser.focusedIs("#graph-expand")).isTrue();
        browser.keys(Keys.ENTER);
        browser.until(d -> String.valueOf(union.size()).equals(d.findElement(By.id("graph-info")).getDomAttribute("data-nodes")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("graph-info"), "from " + picked));
        assertThat(browser.focusedIs("#graph-expand")).as("the focus stays on Expand").isTrue();
        browser.keys(Keys.TAB);
        assertThat(browser.focusedIs("#graph-open")).isTrue();
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("#/party/" + picked));
        browser.visible(By.id("party-title"));

        // paths: Shift+Tab back to the menu, Enter, Tab to From, type both ends, Enter
        browser.menu("paths");
        browser.tabTo("#paths-from");
        browser.keys("CON000000518", Keys.TAB, "CON000000519", Keys.ENTER);
        browser.graphReady();
        JsonNode paths = explorer.http.asAdmin("GET", "/api/v1/paths?from=CON000000518&to=CON000000519&maxHops=4").json();
        assertThat(paths.get("paths").size()).isPositive();
        browser.until(d -> d.findElements(By.cssSelector("#paths-list li")).size() == paths.get("paths").size());

        // sanction impact: the party id and the dates typed day, month, year; Enter runs the what-if
        browser.menu("impact");
        browser.tabTo("#impact-subject");
        browser.keys("IMD0000015");
        browser.tabTo("#impact-decided");
        browser.keys("08082023");
        browser.tabTo("#impact-from");
        browser.keys("08082023");
        browser.tabTo("#impact-asof");
        browser.keys("30062025");
        assertThat(browser.script("return [document.getElementById('impact-decided').value, document.getElementById('impact-asof').value]"))
                .isEqualTo(List.of("2023-08-08", AS_OF));
        browser.keys(Keys.ENTER);
        browser.graphReady();
        JsonNode whatIf = explorer.http.postJsonAsAdmin("/api/v1/sanctions/impact?asOf=" + AS_OF, """
                {"subjectId": "IMD0000015", "authority": "What-if analysis", "kind": "LICENSE_REVOKED", "severity": 5,
                 "blacklist": true, "decidedOn": "2023-08-08", "effectiveFrom": "2023-08-08", "reason": "what-if"}""").json();
        assertAffectedShown(whatIf);

        // lists: the tabs and the download are buttons (Enter, Space)
        browser.menu("lists");
        browser.visible(By.id("list-table"));
        browser.tabTo("#tab-red");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("list=red"));
        browser.tabTo("#tab-black");
        browser.keys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("list=black"));
        browser.visible(By.id("list-table"));
        String listDate = String.valueOf(browser.script("return document.getElementById('list-asof').value"));
        browser.tabTo("#list-download");
        browser.keys(Keys.SPACE);
        Path csv = browser.downloads.resolve("black-list-" + listDate + ".csv");
        browser.until(d -> Files.exists(csv) && csv.toFile().length() > 0);
    }
}
