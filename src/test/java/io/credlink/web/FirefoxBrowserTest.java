package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The explorer's main walk-through in headless Firefox (ESR), driven over WebDriver BiDi by
 * {@link Firefox}: sign-in, search, a party page with its Chinese name, the link graph expanded
 * with a real click on the canvas, paths, a ring, the sanction impact, the lists with their CSV,
 * and the keyboard. Each view is compared with the API's answer, and the page must not raise a
 * JavaScript error. Skipped without firefox-esr, a failure then when {@code CI} is set.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirefoxBrowserTest {

    static final String AS_OF = "2025-06-30";

    Firefox ff;
    Explorer explorer;
    Page page;

    @BeforeAll
    void start() {
        explorer.sample(1);
    }

    @BeforeEach
    void signedInAsAdmin() {
        page = explorer.signIn(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, "en");
    }

    @Test
    void signingInWorksWithTheKeyboardAndAWrongPasswordIsRefused() {
        ff.click("#logout");
        ff.visible("#login-name");
        // the name field has the focus: type, Tab to the password, Enter submits
        ff.until("focus in the name field", "() => document.activeElement?.id === 'login-name'");
        ff.keys(AccessFixtures.ADMIN, Firefox.TAB, "not-the-password", Firefox.ENTER);
        ff.until("the refusal", "() => document.getElementById('login-message').textContent.includes('not accepted')");
        assertThat(ff.call("() => document.getElementById('who').hidden")).isEqualTo(true);

        ff.until("the password selected again", "() => document.activeElement?.id === 'login-password'");
        ff.keys(Firefox.BACKSPACE, AccessFixtures.ADMIN_PASSWORD, Firefox.ENTER);
        ff.until("signed in", "() => document.getElementById('who-name').textContent.includes('Administrator')");
        assertThat(ff.call("() => sessionStorage.getItem('credlink.session') !== null")).isEqualTo(true);
    }

    @Test
    void searchByPhoneGroupsTheHoldersByTypeAndAChineseNameIsFoundAndRendered() {
        ff.go("#/search");
        ff.type("#search-q", "+86 136 3192 2905");
        ff.click("#search-submit");
        ff.visible("#search-results section[data-type='Consumer']");
        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/search?q=%2B86%20136%203192%202905&limit=100").json();
        Set<String> expected = new HashSet<>();
        api.get("items").forEach(i -> expected.add(i.get("id").asString()));
        assertThat(shownIds("#search-results li[data-id]")).isEqualTo(expected).contains("CON000000518", "CON000000519");

        // a Chinese name typed as text: UTF-8 from the keyboard through the address to the API and back
        String name = explorer.http.asAdmin("GET", "/api/v1/entities/IMD0000015").json().get("label").asString();
        String han = name.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).limit(2)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(han).hasSize(2);
        ff.type("#search-q", han);
        ff.keys(Firefox.ENTER);
        ff.until("results for " + han, "(q) => document.querySelector('#search-results p.muted')?.textContent.includes(q)", han);
        JsonNode byName = explorer.http.asAdmin("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(han, StandardCharsets.UTF_8) + "&limit=100").json();
        Set<String> named = new HashSet<>();
        byName.get("items").forEach(i -> named.add(i.get("id").asString()));
        assertThat(shownIds("#search-results li[data-id]")).isEqualTo(named).contains("IMD0000015");
        page.assertHanRendered("#search-results li[data-id='IMD0000015'] a.result-link");
    }

    @Test
    void thePartyPageShowsTheChineseNameSanctionBlackListMarkAndEveryPanel() {
        ff.go("#/search?q=IMD0000015");
        ff.click("#search-results section[data-type='Intermediary'] a.result-link");
        String name = explorer.http.asAdmin("GET", "/api/v1/entities/IMD0000015").json().get("label").asString();
        ff.until("the title", "(n) => document.getElementById('party-title')?.textContent.includes(n)", name);
        page.assertHanRendered("#party-title");
        ff.visible("#party-sanctions table");
        assertThat(ff.text("() => document.querySelector('#party-sanctions table').innerText")).contains("SAN00000001", "Licence revoked");
        ff.visible("#party-blacklisted");

        ff.go("#/party/PRC00000111?asOf=" + AS_OF);
        ff.visible("#party-restrictions table");
        JsonNode restrictions = explorer.http.asAdmin("GET", "/api/v1/entities/PRC00000111/restrictions?asOf=" + AS_OF).json().get("restrictions");
        assertThat(restrictions.size()).isPositive();
        assertThat(ff.call("() => document.querySelectorAll('#party-restrictions tbody tr').length")).isEqualTo((double) restrictions.size());
        String shown = ff.text("() => document.querySelector('#party-restrictions table').innerText");
        for (JsonNode r : restrictions) {
            assertThat(shown).contains(LanguagePages.label("Measure", r.get("measure").asString()), r.get("sanctionId").asString());
        }

        // credit: the score and a bar per factor, as the API gives them (or "not available")
        Reply credit = explorer.http.asAdmin("GET", "/api/v1/credit/scores/PRC00000111?asOf=" + AS_OF);
        if (credit.status() == 200) {
            ff.visible("#party-credit .bars");
            int factors = credit.json().get("factors").size();
            assertThat(ff.call("() => document.querySelectorAll('#party-credit .bar').length")).isEqualTo((double) factors);
            assertThat(ff.text("() => document.getElementById('credit-score').textContent"))
                    .isEqualTo(ff.text("(v) => Number(v).toLocaleString('en', {maximumFractionDigits: 3})", credit.json().get("score").asDouble()));
            assertThat(ff.text("() => document.getElementById('party-credit').textContent")).contains("grade " + credit.json().get("grade").asString());
        } else {
            ff.until("credit not available", "() => document.getElementById('party-credit').textContent.includes('not available')");
        }
        // audit: an administrator sees who read the party; each row names a reader the log holds
        ff.until("the audit panel", "() => document.querySelector('#party-audit table, #party-audit .note') !== null");
        Reply audit = explorer.http.asAdmin("GET", "/api/v1/audit?entityId=PRC00000111");
        if (audit.status() == 200 && audit.json().get("items").size() > 0) {
            Set<String> actors = new HashSet<>();
            audit.json().get("items").forEach(a -> actors.add(a.get("actor").asString()));
            @SuppressWarnings("unchecked")
            List<Object> rows = (List<Object>) ff.call(
                    "() => [...document.querySelectorAll('#party-audit tbody tr td:nth-child(2)')].map((td) => td.firstChild.textContent)");
            assertThat(rows).isNotEmpty();
            assertThat(actors).containsAll(rows.stream().map(String::valueOf).toList());
        }
        for (String panel : List.of("party-credit", "party-fraud", "party-audit")) {
            ff.until(panel + " filled", "(id) => document.getElementById(id).querySelector('.note, table, .score, ul') !== null", panel);
        }
    }

    @Test
    void theLinkGraphExpandsANodeClickedOnTheCanvasShowsItsTooltipAndExportsAPng() throws IOException {
        ff.go("#/graph/PRC00000111?depth=1&asOf=" + AS_OF);
        ff.graphReady();
        Set<String> level1 = explorer.networkIds("PRC00000111", 1);
        waitForNodeCount(level1.size());

        // a real click on a drawn node (Cytoscape's own hit test), not a call into the page
        String other = level1.contains("IMD0000016") ? "IMD0000016" : level1.stream().filter(i -> !i.equals("PRC00000111")).sorted().findFirst().orElseThrow();
        double[] at = hoverUntilTooltip(other);
        ff.clickAt(at[0], at[1]);
        Set<String> union = new HashSet<>(level1);
        union.addAll(explorer.networkIds(other, 1));
        assertThat(union.size()).isGreaterThan(level1.size());
        waitForNodeCount(union.size());
        assertThat(ff.text("() => document.getElementById('graph-node').value")).isEqualTo(other);

        // the depth control redraws at depth 2
        ff.select("#graph-depth", "2");
        ff.setDate("#graph-asof", AS_OF);
        ff.click("#graph-load");
        ff.until("depth 2 in the address", "() => location.hash.includes('depth=2')");
        ff.graphReady();
        waitForNodeCount(explorer.networkIds("PRC00000111", 2).size());

        ff.click("#graph-png");
        Path png = ff.downloads.resolve("credlink-PRC00000111-" + AS_OF + ".png");
        ff.untilTrue("the PNG saved", () -> Files.exists(png) && png.toFile().length() > 1000);
        byte[] head = Files.readAllBytes(png);
        assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void thePathFinderListsAndDrawsTheShortestPaths() {
        ff.go("#/paths");
        ff.type("#paths-from", "CON000000518");
        ff.type("#paths-to", "CON000000519");
        ff.select("#paths-hops", "4");
        ff.click("#paths-submit");
        ff.graphReady();
        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/paths?from=CON000000518&to=CON000000519&maxHops=4").json();
        assertThat(api.get("paths").size()).isPositive();
        assertThat(ff.call("() => document.querySelectorAll('#paths-list li').length")).isEqualTo((double) api.get("paths").size());
        assertThat(ff.text("() => document.getElementById('paths-summary').textContent")).contains("length " + api.get("length").asInt());
        assertThat(ff.call("() => document.querySelector('#cy canvas').width > 0")).isEqualTo(true);
    }

    @Test
    void theBestRingOpensWithItsEvidenceAndClaimsAndACaseIsOpenedOnIt() {
        JsonNode rings = explorer.http.asAdmin("GET", "/api/v1/fraud/rings?size=1000").json().get("items");
        assertThat(rings.size()).as("the sample holds a ring").isPositive();
        JsonNode best = rings.get(0);
        for (JsonNode r : rings) {
            if (r.get("score").asDouble() > best.get("score").asDouble()) {
                best = r;
            }
        }
        ff.go("#/fraud");
        ff.visible("#rings a.ring-link");
        assertThat(ff.call("() => document.querySelectorAll('#rings tbody tr').length")).isEqualTo((double) rings.size());
        String first = ff.text("() => document.querySelector('#rings a.ring-link').textContent");
        JsonNode ring = null;
        for (JsonNode r : rings) {
            if (r.get("id").asString().equals(first)) {
                ring = r;
            }
        }
        assertThat(ring).as("the first row is a ring of the API").isNotNull();
        assertThat(ring.get("score").asDouble()).isEqualTo(best.get("score").asDouble());

        ff.click("#rings a.ring-link");
        ff.graphReady();
        int claims = ring.get("claimIds").size();
        ff.until(claims + " claims listed", "(n) => document.querySelectorAll('#claims-table tbody tr').length === n", claims);
        ff.click("#open-case");
        ff.until("the case opened", "() => document.getElementById('case-result').textContent.includes('opened')");
    }

    @Test
    void theImpactViewDrawsTheWhatIfTreeAndTheRecordedPropagation() {
        ff.go("#/impact");
        ff.type("#impact-subject", "IMD0000015");
        ff.select("#impact-kind", "LICENSE_REVOKED");
        ff.select("#impact-severity", "5");
        ff.setDate("#impact-decided", "2023-08-08");
        ff.setDate("#impact-from", "2023-08-08");
        ff.setDate("#impact-asof", AS_OF);
        ff.click("#impact-submit");
        ff.graphReady();
        JsonNode api = explorer.http.postJsonAsAdmin("/api/v1/sanctions/impact?asOf=" + AS_OF, """
                {"subjectId": "IMD0000015", "authority": "What-if analysis", "kind": "LICENSE_REVOKED", "severity": 5,
                 "blacklist": true, "decidedOn": "2023-08-08", "effectiveFrom": "2023-08-08", "reason": "what-if"}""").json();
        assertAffectedShown(api);
        assertThat(ff.text("() => document.getElementById('impact-table').innerText")).contains("Office ban", "R1");

        ff.go("#/impact");
        ff.type("#recorded-id", "SAN00000002");
        ff.setDate("#recorded-asof", AS_OF);
        ff.keys(Firefox.ENTER);
        ff.until("the recorded sanction", "() => location.hash.startsWith('#/sanction/SAN00000002')");
        ff.graphReady();
        assertAffectedShown(explorer.http.asAdmin("GET", "/api/v1/sanctions/SAN00000002/propagation?asOf=" + AS_OF).json());
    }

    private void assertAffectedShown(JsonNode api) {
        assertThat(api.get("affected").size()).isPositive();
        ff.visible("#impact-table");
        assertThat(ff.call("() => document.querySelectorAll('#impact-table tbody tr').length")).isEqualTo((double) api.get("affected").size());
        String table = ff.text("() => document.getElementById('impact-table').innerText");
        for (JsonNode a : api.get("affected")) {
            assertThat(table).contains(LanguagePages.label("Measure", a.get("measure").asString()), a.get("rule").asString());
        }
    }

    @Test
    void theBlackListDownloadsTheCsvTheApiPublishes() throws IOException {
        ff.go("#/lists?list=black&asOf=" + AS_OF);
        ff.visible("#list-table");
        JsonNode api = explorer.http.asAdmin("GET", "/api/v1/lists/black?asOf=" + AS_OF + "&size=1000").json();
        assertThat(ff.call("() => document.querySelectorAll('#list-table tbody tr').length")).isEqualTo((double) api.get("total").asInt());
        ff.click("#list-download");
        Path csv = ff.downloads.resolve("black-list-" + AS_OF + ".csv");
        ff.untilTrue("the CSV saved", () -> Files.exists(csv) && csv.toFile().length() > 0);
        Reply published = explorer.http.send(explorer.http.request("GET", "/api/v1/lists/black?asOf=" + AS_OF, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Accept", "text/csv").build());
        ff.untilTrue("the whole CSV", () -> csv.toFile().length() == published.raw().body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(published.raw().body());
    }

    @Test
    void everyStepOfTheWalkThroughWorksFromTheKeyboard() {
        // a fresh load: Shift+Tab from the view's heading walks back through the menu to the skip link
        ff.go("#/search");
        ff.reload();
        ff.until("the search view", "() => document.querySelector('main h1')?.textContent === 'Search' && document.activeElement?.tagName === 'H1'");
        List<String> backwards = new ArrayList<>();
        for (int i = 0; i < 40 && !backwards.contains("a:Skip to content"); i++) {
            ff.shiftTab();
            backwards.add(ff.focused());
        }
        assertThat(backwards).startsWith("#lang", "#logout").contains("a:Lists", "a:Sanction impact", "a:Paths", "a:Link graph", "a:Search", "a:CredLink")
                .endsWith("a:Skip to content");
        // the skip link moves the focus to the view and leaves the view where it is
        String before = ff.text("() => location.hash");
        ff.keys(Firefox.ENTER);
        ff.until("the focus in the view", "() => document.getElementById('view').contains(document.activeElement)");
        assertThat(ff.text("() => location.hash")).isEqualTo(before);

        // search: Tab to the field, type, Enter; Tab to the first result, Enter opens the party
        page.tabTo("#search-q");
        ff.keys("IMD0000015", Firefox.ENTER);
        ff.visible("#search-results a.result-link");
        page.tabTo("a.result-link");
        ff.keys(Firefox.ENTER);
        ff.until("the party page", "() => location.hash.startsWith('#/party/IMD0000015')");
        ff.visible("#party-title");

        // the graph's node list: arrows pick a node (its details follow), Tab reaches Expand
        ff.go("#/graph/PRC00000111?depth=1&asOf=" + AS_OF);
        ff.graphReady();
        Set<String> level1 = explorer.networkIds("PRC00000111", 1);
        waitForNodeCount(level1.size());
        page.tabTo("#graph-node");
        String first = ff.text("() => document.getElementById('graph-node').value");
        // the root may be the last of the sorted list: then the arrow up picks its neighbour
        boolean last = Boolean.TRUE.equals(ff.call("() => { const s = document.getElementById('graph-node'); return s.selectedIndex === s.options.length - 1; }"));
        ff.keys(last ? Firefox.ARROW_UP : Firefox.ARROW_DOWN);
        ff.until("another node picked", "(v) => document.getElementById('graph-node').value !== v", first);
        String picked = ff.text("() => document.getElementById('graph-node').value");
        ff.until("its details shown", "(id) => document.getElementById('graph-details').textContent.includes(id)", picked);
        ff.keys(Firefox.TAB);
        assertThat(ff.focused()).isEqualTo("#graph-expand");
        // Enter on Expand adds the picked node's neighbours; the focus stays on the button
        Set<String> union = new HashSet<>(level1);
        union.addAll(explorer.networkIds(picked, 1));
        assertThat(union.size()).isGreaterThan(level1.size());
        ff.keys(Firefox.ENTER);
        waitForNodeCount(union.size());
        ff.until("the expansion told", "(id) => document.getElementById('graph-info').textContent.includes('from ' + id)", picked);
        assertThat(ff.focused()).isEqualTo("#graph-expand");
        // Tab on to "Open page", Enter opens the picked node's page
        ff.keys(Firefox.TAB);
        assertThat(ff.focused()).isEqualTo("#graph-open");
        ff.keys(Firefox.ENTER);
        ff.until("the picked node's page", "(id) => location.hash.startsWith('#/party/' + id)", picked);
        ff.visible("#party-title");

        // paths: back to the menu with Shift+Tab, Enter (the focus moves to the view's heading), Tab to From
        page.menu("paths");
        page.tabTo("#paths-from");
        ff.keys("CON000000518", Firefox.TAB, "CON000000519", Firefox.ENTER);
        ff.graphReady();
        JsonNode paths = explorer.http.asAdmin("GET", "/api/v1/paths?from=CON000000518&to=CON000000519&maxHops=4").json();
        assertThat(paths.get("paths").size()).isPositive();
        ff.until("every path listed", "(n) => document.querySelectorAll('#paths-list li').length === n", paths.get("paths").size());

        // sanction impact: the party id and the dates typed (day, month, year: the en-GB order), Enter runs the what-if
        page.menu("impact");
        page.tabTo("#impact-subject");
        ff.keys("IMD0000015");
        page.tabTo("#impact-decided");
        ff.keys("08082023");
        page.tabTo("#impact-from");
        ff.keys("08082023");
        page.tabTo("#impact-asof");
        ff.keys("30062025");
        assertThat(ff.call("() => [document.getElementById('impact-decided').value, document.getElementById('impact-asof').value]"))
                .isEqualTo(List.of("2023-08-08", AS_OF));
        ff.keys(Firefox.ENTER);
        ff.graphReady();
        String query = ff.text("() => location.hash.slice(location.hash.indexOf('?') + 1)");
        Map<String, String> asked = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            asked.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        JsonNode whatIf = explorer.http.postJsonAsAdmin("/api/v1/sanctions/impact?asOf=" + AS_OF, """
                {"subjectId": "IMD0000015", "authority": "%s", "kind": "%s", "severity": %s, "blacklist": %s,
                 "decidedOn": "%s", "effectiveFrom": "%s", "reason": "what-if"}""".formatted(asked.get("authority"), asked.get("kind"),
                asked.get("severity"), asked.get("blacklist"), asked.get("decidedOn"), asked.get("effectiveFrom"))).json();
        assertAffectedShown(whatIf);

        // lists: the tabs and the download are buttons, pressed with Enter
        page.menu("lists");
        ff.visible("#list-table");
        page.tabTo("#tab-red");
        ff.keys(Firefox.ENTER);
        ff.until("the red list", "() => location.hash.includes('list=red') && document.getElementById('tab-red')?.getAttribute('aria-selected') === 'true'");
        page.tabTo("#tab-black");
        ff.keys(Firefox.ENTER);
        ff.until("the black list", "() => location.hash.includes('list=black')");
        ff.visible("#list-table");
        String listDate = ff.text("() => document.getElementById('list-asof').value");
        page.tabTo("#list-download");
        ff.keys(Firefox.SPACE);
        Path csv = ff.downloads.resolve("black-list-" + listDate + ".csv");
        ff.untilTrue("the CSV saved", () -> Files.exists(csv) && csv.toFile().length() > 0);

        // rings: Enter on the best ring's link, then on "Open a case"
        page.menu("fraud");
        ff.visible("#rings a.ring-link");
        page.tabTo("#rings a.ring-link");
        ff.keys(Firefox.ENTER);
        ff.until("the ring view", "() => location.hash.startsWith('#/fraud/ring/')");
        ff.graphReady();
        page.tabTo("#open-case");
        ff.keys(Firefox.ENTER);
        ff.until("the case opened", "() => document.getElementById('case-result').textContent.includes('opened')");
    }

    private Set<String> shownIds(String css) {
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) ff.call("(css) => [...document.querySelectorAll(css)].map((e) => e.dataset.id)", css);
        Set<String> out = new HashSet<>();
        ids.forEach(i -> out.add(String.valueOf(i)));
        return out;
    }

    private void waitForNodeCount(int n) {
        ff.until(n + " nodes drawn", "(n) => document.getElementById('graph-info')?.dataset.nodes === String(n)", n);
    }

    /** Where a node of the drawing is on the screen (viewport coordinates). */
    /**
     * Hovers the drawn node until its tooltip shows. The force layout may still be moving the node
     * when its position is read, so a hover that misses is retried from a fresh position, after
     * leaving the canvas (a new mouseover).
     */
    private double[] hoverUntilTooltip(String id) {
        String shown = "(id) => !document.getElementById('tooltip').hidden && document.getElementById('tooltip').textContent.includes(id)";
        for (int attempt = 0; attempt < 15; attempt++) {
            double[] at = nodeOnScreen(id);
            ff.moveTo(1, 1);
            ff.moveTo(at[0], at[1]);
            for (int poll = 0; poll < 10; poll++) {
                if (Boolean.TRUE.equals(ff.call(shown, id))) {
                    return at; // where the pointer is, over the node
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no tooltip for " + id + " after 15 hovers");
    }

    private double[] nodeOnScreen(String id) {
        @SuppressWarnings("unchecked")
        List<Object> xy = (List<Object>) ff.call("""
                (id) => {
                  const c = document.getElementById('cy');
                  c.scrollIntoView({block: 'center'});
                  const r = c.getBoundingClientRect();
                  const cy = c._cyreg && c._cyreg.cy;
                  const p = cy.getElementById(id).renderedPosition();
                  return [r.left + p.x, r.top + p.y];
                }""", id);
        return new double[] {(Double) xy.get(0), (Double) xy.get(1)};
    }
}
