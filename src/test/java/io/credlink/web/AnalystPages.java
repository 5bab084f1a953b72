package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's workflows in the explorer, written once and driven in Chromium and Firefox through
 * {@link Page} in either language, and what they set up through the API: a case closed as fraud
 * with a proposed sanction.
 */
final class AnalystPages {

    private AnalystPages() {
    }

    /** The best ring's first member. */
    static String ringMember(Explorer explorer) {
        return explorer.get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("memberIds").get(0).asString();
    }

    /**
     * A case opened by the analyst on a ring alert and closed as confirmed fraud, proposing a
     * sanction of that kind against {@code member}; answers the case id.
     */
    static String closedWithProposal(Explorer explorer, String member, String kind, int severity, boolean blacklist) {
        String alertId = explorer.get(Role.ANALYST, "/api/v1/fraud/alerts?kind=RING&size=1").get("items").get(0).get("id").asString();
        Reply opened = explorer.as(Role.ANALYST, "POST", "/api/v1/fraud/cases", "{\"title\":\"团伙案件\",\"alertIds\":[\"" + alertId + "\"]}");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        Reply closed = explorer.as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\":\"CONFIRMED_FRAUD\",\"reason\":\"确认\",\"proposedSanction\":{\"subjectId\":\"" + member
                        + "\",\"authority\":\"某省监管局\",\"kind\":\"" + kind + "\",\"severity\":" + severity + ",\"blacklist\":" + blacklist
                        + ",\"decidedOn\":\"2025-06-01\",\"effectiveFrom\":\"2025-06-01\"}}");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        return caseId;
    }

    private static List<String> texts(Page page, String css) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) page.js("(css) => [...document.querySelectorAll(css)].map((e) => e.textContent.trim())", css);
        return found.stream().map(String::valueOf).toList();
    }

    private static List<String> claimIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(c -> ids.add(c.get("claimId").asString()));
        return ids;
    }

    /** An instant as the page writes it: in the browser's time zone, "6 Dec 2026, 14:05" or "2026年12月6日 14:05". */
    private static String instantAsWritten(Page page, Messages m, String instant) {
        ZoneId zone = ZoneId.of(String.valueOf(page.js("() => Intl.DateTimeFormat().resolvedOptions().timeZone")));
        return DateTimeFormatter.ofPattern(m.chinese() ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", locale(m))
                .format(OffsetDateTime.parse(instant).atZoneSameInstant(zone));
    }

    /** A day as the page writes it: "1 Jun 2025", "2025年6月1日". */
    private static String dayAsWritten(Messages m, String iso) {
        return DateTimeFormatter.ofPattern(m.chinese() ? "yyyy年M月d日" : "d MMM yyyy", locale(m)).format(LocalDate.parse(iso));
    }

    private static Locale locale(Messages m) {
        return m.chinese() ? Locale.CHINA : Locale.UK; // the explorer writes English dates as en-GB does
    }

    /** The instants of the case's facts (opened, and closed if it is): ISO kept in datetime, the text as the language writes it. */
    private static void instantsAsWritten(Page page, Messages m, JsonNode c) {
        List<String> instants = new ArrayList<>(List.of(c.get("openedAt").asString()));
        if (c.hasNonNull("closedAt")) {
            instants.add(c.get("closedAt").asString());
        }
        @SuppressWarnings("unchecked")
        List<Object> datetimes = (List<Object>) page.js("() => [...document.querySelectorAll('#case-facts time')].map((t) => t.getAttribute('datetime'))");
        assertThat(datetimes).containsExactlyElementsOf(instants);
        List<String> written = texts(page, "#case-facts time");
        for (int i = 0; i < instants.size(); i++) {
            assertThat(written.get(i)).as("the case's " + (i == 0 ? "opening" : "closing") + " in " + m.language)
                    .isEqualTo(instantAsWritten(page, m, instants.get(i)));
        }
    }

    /** The focused select moved with the arrow keys until it holds the value. */
    private static void chooseByKeys(Page page, String css, String value) {
        page.tabTo(css);
        for (int i = 0; i < 20 && !value.equals(page.js("(css) => document.querySelector(css).value", css)); i++) {
            page.keys(Page.ARROW_DOWN);
        }
        assertThat(page.js("(css) => document.querySelector(css).value", css)).as(css).isEqualTo(value);
    }

    private static String fieldError(String form, String field) {
        return "#" + form + " .field-error[data-field='" + field + "']";
    }

    /** The attach form's id refused: the problem's text next to the field, marked invalid and focused. */
    private static void refusedAtTheField(Page page, String expected) {
        String error = fieldError("case-attach", "itemId");
        if (expected == null) {
            page.until("an error next to the id", "(css) => document.querySelector(css)?.getClientRects().length > 0"
                    + " && document.querySelector(css).textContent.trim() !== ''", error);
        } else {
            page.until("'" + expected + "' next to the id", "(css, t) => document.querySelector(css)?.textContent.trim() === t", error, expected);
        }
        assertThat(page.js("() => document.getElementById('case-item-id').getAttribute('aria-invalid')")).isEqualTo("true");
        assertThat(page.focusedIs("#case-item-id")).as("the refused field has the focus").isTrue();
    }

    private static void graphReady(Page page) {
        page.until("the graph drawn", "() => document.querySelector(\"#cy[data-ready='true'] canvas\") !== null");
    }

    /**
     * The analyst's triage queue and a case, from the keyboard: the queue against the API, filtered
     * by detector and then by minimum score, a claim's neighbourhood, a case opened on the best ring
     * and worked (evidence gathered: {@link #gathersEvidence}; assigned, a note, a related case after
     * the empty id is refused next to its field, the ring added to that one from its page), then
     * closed: in English as fraud confirmed with a proposed sanction, in Chinese dismissed after the
     * missing reason is refused next to its field; no attach form after; the case list. The case's
     * instants as the language writes them.
     */
    static void triagesClaimsAndWorksACase(Explorer explorer, String lang) {
        Messages m = Messages.of(lang, "triage", "cases", "enums");
        Page page = explorer.signIn(Role.ANALYST, lang);
        page.menu("triage");
        page.until("the queue", "() => document.querySelector('#triage-table tbody tr') !== null");
        JsonNode queue = explorer.get(Role.ANALYST, "/api/v1/fraud/claim-scores?size=25");
        assertThat(texts(page, "#triage-table tbody th a")).containsExactlyElementsOf(claimIds(queue));
        assertThat(page.text("#triage-table")).doesNotContain("DETECTOR_", "NEIGHBOURHOOD");
        assertThat(page.shown("label[for='triage-kind']")).startsWith(m.get("triage.kind"));
        if (m.chinese()) {
            page.assertHanRendered("main h1");
        }
        page.axe("the triage queue (" + lang + ")");

        // by detector from the keyboard: the RING option is the last one
        page.tabTo("#triage-kind");
        for (int i = 0; i < 5; i++) {
            page.keys(Page.ARROW_DOWN);
        }
        page.press("#triage-apply");
        page.until("the ring claims", "() => location.hash.includes('kind=RING')");
        JsonNode rings = explorer.get(Role.ANALYST, "/api/v1/fraud/claim-scores?kind=RING&size=25");
        assertThat(rings.get("total").asInt()).isPositive().isLessThan(queue.get("total").asInt());
        List<String> ringClaims = claimIds(rings);
        page.waitFor("the ring claims listed", () -> texts(page, "#triage-table tbody th a").equals(ringClaims));
        assertThat(texts(page, "#triage-table tbody tr:first-child li")).anyMatch(s -> s.startsWith(m.label("AlertKind", "RING")));

        // the first claim's neighbourhood in the link graph
        page.tabTo("#triage-table a.triage-graph");
        page.keys(Page.ENTER);
        page.until("the neighbourhood", "(id) => location.hash.startsWith('#/graph/' + id)", ringClaims.get(0));
        graphReady(page);

        // and by minimum score as well
        page.go("#/triage?kind=RING");
        page.until("the ring claims", "() => document.querySelector('#triage-table tbody tr') !== null");
        page.fill("#triage-min", "0.3");
        page.press("#triage-apply");
        page.until("the filtered queue", "() => location.hash.includes('kind=RING') && location.hash.includes('minScore=0.3')");
        int rows = explorer.get(Role.ANALYST, "/api/v1/fraud/claim-scores?kind=RING&minScore=0.3&size=25").get("items").size();
        page.until(rows + " rows", "(n) => document.querySelectorAll('#triage-table tbody tr').length === n"
                + " || (n === 0 && !!document.getElementById('triage-empty'))", rows);

        // a case on the best ring, opened from its page, then worked on its own page
        String ringId = explorer.get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0).get("id").asString();
        page.go("#/fraud/ring/" + ringId);
        graphReady(page);
        page.press("#open-case");
        page.until("the case opened", "() => document.getElementById('opened-case') !== null");
        String caseId = page.text("#opened-case");
        page.press("#opened-case");
        page.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", caseId);
        assertThat(page.text("#case-status")).isEqualTo(m.label("CaseStatus", "OPEN"));
        assertThat(texts(page, "#case-alerts a")).containsExactly(ringId);
        instantsAsWritten(page, m, explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId));
        page.axe("an open case (" + lang + ")");

        Evidence evidence = gathersEvidence(explorer, page, m, caseId, ringId, claimIds(queue));

        // the signed-in analyst is proposed as the assignee: Enter assigns the case to them
        String analyst = explorer.user(Role.ANALYST);
        page.tabTo("#case-assignee-input");
        assertThat(page.js("() => document.getElementById('case-assignee-input').value")).isEqualTo(analyst);
        page.keys(Page.ENTER);
        page.until("assigned", "(a) => document.getElementById('case-assignee').textContent.includes(a)", analyst);
        assertThat(explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId).get("assignee").asString()).isEqualTo(analyst);

        String note = m.chinese() ? "两名索赔人共用同一部电话，需约谈。" : "Shared garage and phone; claimant interviews due.";
        page.fill("#case-note-text", note);
        page.press("#case-note-submit");
        page.until("the note", "(n) => document.getElementById('case-notes').textContent.includes(n)", note);

        // an empty related case: the API's validation error is shown next to the field
        page.press("#case-link-submit");
        page.until("the error next to the field", "() => document.querySelector(\"#case-link .field-error[data-field='caseId']\")?.textContent.trim() !== ''");
        page.until("the field marked invalid", "() => document.querySelector('#case-link #case-link-id')?.getAttribute('aria-invalid') === 'true'");
        String alertId = explorer.get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=1").get("items").get(0).get("id").asString();
        Reply opened = explorer.as(Role.ANALYST, "POST", "/api/v1/fraud/cases", "{\"title\":\"Fake policy\",\"alertIds\":[\"" + alertId + "\"]}");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String other = opened.json().get("id").asString();
        page.tabTo("#case-link-id");
        page.keys(other, Page.ENTER);
        page.waitFor("the related case listed", () -> texts(page, "#case-related a").contains(other));

        addsARingFromItsPage(explorer, page, m, ringId, other, alertId);
        page.go("#/cases/" + caseId);
        page.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", caseId);

        if (m.chinese()) {
            dismisses(explorer, page, m, caseId, evidence);
        } else {
            confirmsWithAProposal(explorer, page, m, caseId, evidence);
        }
        JsonNode closed = explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        instantsAsWritten(page, m, closed);
        assertThat(page.js("() => document.getElementById('case-attach') === null")).as("a closed case takes no more evidence").isEqualTo(true);
        assertThat(page.js("() => document.querySelector('#case-evidence button') === null")).as("nothing is removed from a closed case").isEqualTo(true);

        page.menu("cases");
        page.until("the cases", "() => document.querySelector('#cases-table tbody tr') !== null");
        assertThat(texts(page, "#cases-table tbody th a")).contains(caseId, other);
        assertThat(page.text("#cases-table")).doesNotContain("CONFIRMED_FRAUD", "DISMISSED");
        page.axe("the case list (" + lang + ")");
    }

    /** What a case gathered on its page besides the ring it was opened on, and the claim attached by mistake and removed. */
    record Evidence(String claim, String party, String alert, String removedClaim) {
    }

    /**
     * Evidence found later: a claim and a party attached by id on the case page after a blank id,
     * a claim no one has and a party no one has are refused next to the field (the API's text in
     * the page's language), each linked to its page; a wrong claim attached and removed again
     * ({@link #removesAWrongClaim}); then a fake-policy alert added from its own page with "Add to case…".
     */
    private static Evidence gathersEvidence(Explorer explorer, Page page, Messages m, String caseId, String ringId, List<String> queue) {
        JsonNode ring = explorer.get(Role.ANALYST, "/api/v1/fraud/rings?size=1").get("items").get(0);
        assertThat(ring.get("id").asString()).isEqualTo(ringId);
        // a suspicious claim outside the ring, not yet known fraud
        String claim = queue.stream().filter(c -> !ring.get("claimIds").toString().contains("\"" + c + "\""))
                .filter(c -> !"FRAUD".equals(explorer.get(Role.ANALYST, "/api/v1/entities/" + c).get("properties").path("status").asString(null)))
                .findFirst().orElseThrow();
        String party = "IMD0000015";
        assertThat(ring.get("memberIds").toString()).doesNotContain(party);

        chooseByKeys(page, "#case-item-kind", "CLAIM");
        page.keys(Page.TAB);
        assertThat(page.focusedIs("#case-item-id")).isTrue();
        page.keys(Page.ENTER);
        refusedAtTheField(page, null);
        page.keys("CLM-NOPE", Page.ENTER);
        refusedAtTheField(page, m.api("problem.detail.CaseItemNotFound.claim", "CLM-NOPE"));
        page.fill("#case-item-id", claim);
        page.keys(Page.ENTER);
        page.waitFor("the claim attached", () -> texts(page, "#case-claims a").equals(List.of(claim)));
        assertThat(page.js("() => document.querySelector('#case-claims a').getAttribute('href')")).isEqualTo("#/graph/" + claim + "?depth=2");

        chooseByKeys(page, "#case-item-kind", "PARTY");
        page.fill("#case-item-id", "NOPE-9");
        page.keys(Page.ENTER);
        refusedAtTheField(page, m.api("problem.detail.CaseItemNotFound.party", "NOPE-9"));
        page.fill("#case-item-id", party);
        page.keys(Page.ENTER);
        page.waitFor("the party attached", () -> texts(page, "#case-parties a").equals(List.of(party)));
        assertThat(page.js("() => document.querySelector('#case-parties a').getAttribute('href')")).isEqualTo("#/party/" + party);

        // a claim attached by mistake (one no fake-policy alert names, so confirming cannot make it fraud), removed again
        List<String> fakeNamed = new ArrayList<>();
        explorer.get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=200").get("items")
                .forEach(a -> a.get("entityIds").forEach(e -> fakeNamed.add(e.asString())));
        String wrong = queue.stream().filter(c -> !c.equals(claim) && !fakeNamed.contains(c))
                .filter(c -> !ring.get("claimIds").toString().contains("\"" + c + "\""))
                .filter(c -> !"FRAUD".equals(explorer.get(Role.ANALYST, "/api/v1/entities/" + c).get("properties").path("status").asString(null)))
                .findFirst().orElseThrow();
        removesAWrongClaim(explorer, page, m, caseId, ringId, claim, wrong);

        // an alert's page adds the alert to this open case: one no dismissed case has quieted yet
        String alert = null;
        for (JsonNode a : explorer.get(Role.ANALYST, "/api/v1/fraud/alerts?kind=FAKE_POLICY&size=200").get("items")) {
            if (!a.get("suppressed").asBoolean()) {
                alert = a.get("id").asString();
                break;
            }
        }
        assertThat(alert).as("a fake-policy alert not suppressed").isNotNull();
        page.go("#/fraud/alert/" + alert);
        addsToCase(page, m, caseId, m.label("CaseItemKind", "ALERT"), alert);
        page.axe("an alert added to a case (" + m.language + ")");
        page.keys(Page.ENTER);
        page.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", caseId);
        page.until("its alerts", "() => document.querySelector('#case-alerts a') !== null");
        assertThat(texts(page, "#case-alerts a")).containsExactlyInAnyOrder(ringId, alert);
        assertThat(page.js("(id) => document.querySelector(`#case-alerts li[data-item='${id}'] a`).getAttribute('href')", ringId))
                .isEqualTo("#/fraud/ring/" + ringId);
        assertThat(page.js("(id) => document.querySelector(`#case-alerts li[data-item='${id}'] a`).getAttribute('href')", alert))
                .isEqualTo("#/fraud/alert/" + alert);
        assertThat(page.text("#case-alerts li[data-item='" + ringId + "'] .badge")).isEqualTo(m.label("CaseItemKind", "RING"));
        assertThat(page.text("#case-alerts li[data-item='" + alert + "'] .badge")).isEqualTo(m.label("CaseItemKind", "ALERT"));
        JsonNode gathered = explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(gathered.get("claimIds").toString()).isEqualTo("[\"" + claim + "\"]");
        assertThat(gathered.get("partyIds").toString()).isEqualTo("[\"" + party + "\"]");
        assertThat(gathered.get("ringIds").toString()).isEqualTo("[\"" + ringId + "\"]");
        assertThat(gathered.get("alertIds").toString()).contains(ringId, alert);
        if (m.chinese()) {
            page.assertHanRendered("#case-evidence h2");
            assertThat(page.text("#view")).doesNotContain("PARTY", "RING", "CLAIM", "FAKE_POLICY");
        }
        page.axe("a case with evidence attached (" + m.language + ")");
        return new Evidence(claim, party, alert, wrong);
    }

    /**
     * A claim attached by mistake taken back from the keyboard: the ring the case was opened on is
     * marked as its origin and has no remove button; the wrong claim's button asks first (Escape
     * keeps it, said in the status region), the confirmation removes it, the status region says so,
     * the focus goes to the evidence and the notes record the removal in the page's language.
     */
    private static void removesAWrongClaim(Explorer explorer, Page page, Messages m, String caseId, String ringId, String claim, String wrong) {
        chooseByKeys(page, "#case-item-kind", "CLAIM");
        page.fill("#case-item-id", wrong);
        page.keys(Page.ENTER);
        page.waitFor("the wrong claim attached", () -> texts(page, "#case-claims a").containsAll(List.of(claim, wrong)));
        String ringItem = "#case-alerts li[data-item='" + ringId + "'] ";
        assertThat(page.text(ringItem + ".case-origin")).isEqualTo(m.get("cases.origin"));
        assertThat(page.js("(css) => document.querySelector(css) === null", ringItem + "button")).as("the case's origin stays").isEqualTo(true);
        assertThat(page.text("#case-evidence")).contains(m.get("cases.evidence-help-open"));

        String what = m.label("CaseItemKind", "CLAIM");
        String remove = "#case-claims li[data-item='" + wrong + "'] button.case-item-remove";
        page.tabTo(remove);
        assertThat(page.js("(css) => document.querySelector(css).getAttribute('aria-label')", remove))
                .isEqualTo(m.get("cases.remove-label", "kind", what, "id", wrong));
        assertThat(page.text(remove)).isEqualTo(m.get("cases.remove"));
        // asked first; Escape keeps it
        page.keys(Page.ENTER);
        page.until("the confirmation", "() => document.activeElement?.matches('#case-claims button.case-item-confirm')");
        assertThat(page.text("#status")).isEqualTo(m.get("cases.remove-confirm", "kind", what, "id", wrong));
        page.axe("a removal asked for confirmation (" + m.language + ")");
        page.keys(Page.ESCAPE);
        page.until("kept", "(css) => document.activeElement?.matches(css)", remove);
        assertThat(page.text("#status")).isEqualTo(m.get("cases.remove-kept", "kind", what, "id", wrong));
        assertThat(explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId).get("claimIds").toString()).contains(wrong);
        // confirmed: removed
        page.keys(Page.ENTER);
        page.until("the confirmation", "() => document.activeElement?.matches('#case-claims button.case-item-confirm')");
        page.keys(Page.ENTER);
        page.waitFor("the wrong claim removed", () -> texts(page, "#case-claims a").equals(List.of(claim)));
        page.until("removed, said", "(t) => document.getElementById('status')?.textContent === t", m.get("cases.removed", "kind", what, "id", wrong));
        assertThat(page.focusedIs("#case-alerts-h")).as("the focus goes back to the evidence").isTrue();
        JsonNode after = explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(after.get("claimIds").toString()).isEqualTo("[\"" + claim + "\"]");
        JsonNode note = after.get("notes").get(after.get("notes").size() - 1);
        assertThat(note.get("removed").get("itemId").asString()).isEqualTo(wrong);
        assertThat(note.get("author").asString()).isEqualTo(explorer.user(Role.ANALYST));
        assertThat(page.text("#case-notes li[data-removed='" + wrong + "'] p")).isEqualTo(m.get("cases.removed-note", "kind", what, "id", wrong,
                "attachedBy", explorer.user(Role.ANALYST), "attachedAt", instantAsWritten(page, m, note.get("removed").get("attachedAt").asString())));
        if (m.chinese()) {
            page.assertHanRendered("#case-notes li[data-removed='" + wrong + "'] p");
        }
        page.axe("a case after a removal (" + m.language + ")");
    }

    /**
     * On an alert's or a ring's page, "Add to case…" from the keyboard: the open cases offered in a
     * list, the case chosen with the arrow keys, the answer in the page's language with the focus on
     * its link to the case.
     */
    private static void addsToCase(Page page, Messages m, String caseId, String kindLabel, String id) {
        page.tabTo("#add-to-case");
        assertThat(page.text("#add-to-case")).isEqualTo(m.get("cases.add-to-case"));
        if (m.chinese()) {
            page.assertHanRendered("#add-to-case");
        }
        page.keys(Page.ENTER);
        page.until("the open cases", "() => document.activeElement?.id === 'add-to-case-select'");
        for (int i = 0; i < 40 && !caseId.equals(page.js("() => document.getElementById('add-to-case-select').value")); i++) {
            page.keys(Page.ARROW_DOWN);
        }
        assertThat(page.js("() => document.getElementById('add-to-case-select').value")).isEqualTo(caseId);
        page.axe("the add-to-case form (" + m.language + ")");
        page.press("#add-to-case-submit");
        page.until("added", "() => document.activeElement?.id === 'added-case'");
        assertThat(page.text("#add-to-case-result")).contains(m.get("cases.added", "kind", kindLabel, "id", id, "caseId", caseId));
    }

    /** The ring the first case was opened on, added from its page to the related case. */
    private static void addsARingFromItsPage(Explorer explorer, Page page, Messages m, String ringId, String openCase, String alertId) {
        page.go("#/fraud/ring/" + ringId);
        graphReady(page);
        addsToCase(page, m, openCase, m.label("CaseItemKind", "RING"), ringId);
        page.keys(Page.ENTER);
        page.until("the case page", "(id) => document.getElementById('case-heading')?.textContent.includes(id)", openCase);
        page.until("its alerts", "(id) => document.querySelector(`#case-alerts li[data-item='${id}']`) !== null", ringId);
        assertThat(page.text("#case-alerts li[data-item='" + ringId + "'] .badge")).isEqualTo(m.label("CaseItemKind", "RING"));
        assertThat(page.text("#case-alerts li[data-item='" + alertId + "'] .badge")).isEqualTo(m.label("CaseItemKind", "ALERT"));
        assertThat(page.js("(id) => document.querySelector(`#case-alerts li[data-item='${id}'] a`).getAttribute('href')", ringId))
                .isEqualTo("#/fraud/ring/" + ringId);
        JsonNode withRing = explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + openCase);
        assertThat(withRing.get("ringIds").toString()).isEqualTo("[\"" + ringId + "\"]");
        assertThat(withRing.get("alertIds").toString()).contains(ringId, alertId);
        instantsAsWritten(page, m, withRing);
        if (m.chinese()) {
            assertThat(page.text("#view")).doesNotContain("RING", "FAKE_POLICY", "PARTY");
        }
        page.axe("a case with a ring added from its page (" + m.language + ")");
    }

    /**
     * Closed as fraud confirmed, proposing a sanction on a ring member; the analyst cannot record
     * it. The claim attached to the case is known fraud then, like the ring's claims.
     */
    private static void confirmsWithAProposal(Explorer explorer, Page page, Messages m, String caseId, Evidence evidence) {
        String member = ringMember(explorer);
        page.fill("#case-close-reason", "Staged collisions confirmed by the adjusters' reports.");
        page.tabTo("#case-propose");
        page.keys(Page.SPACE);
        page.until("the sanction fields", "() => document.getElementById('case-sanction-subject')?.getClientRects().length > 0");
        page.fill("#case-sanction-subject", member);
        page.fill("#case-sanction-authority", "Regional insurance regulator");
        page.press("#case-close-submit");
        page.until("fraud confirmed", "(t) => document.getElementById('case-status')?.textContent === t", m.label("CaseStatus", "CONFIRMED_FRAUD"));
        page.until("what the proposal sets off", "() => document.querySelector('#case-proposal-impact p') !== null");
        JsonNode closed = explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId);
        assertThat(closed.get("status").asString()).isEqualTo("CONFIRMED_FRAUD");
        assertThat(closed.get("sanctionProposal").get("subjectId").asString()).isEqualTo(member);
        assertThat(page.js("() => document.getElementById('case-proposal-open') === null")).as("only a regulator records sanctions").isEqualTo(true);
        assertThat(explorer.get(Role.ANALYST, "/api/v1/entities/" + evidence.claim()).get("properties").get("status").asString()).isEqualTo("FRAUD");
        assertThat(explorer.get(Role.ANALYST, "/api/v1/entities/" + evidence.removedClaim()).get("properties").path("status").asString(null))
                .as("the claim removed before is not made fraud").isNotEqualTo("FRAUD");
        page.axe("a case closed with a proposal (" + m.language + ")");
    }

    /**
     * Dismissed: no sanction can be proposed, and the reason is required. Dismissing quiets the
     * alert added from its page too; the attached claim is not made fraud.
     */
    private static void dismisses(Explorer explorer, Page page, Messages m, String caseId, Evidence evidence) {
        assertThat(explorer.get(Role.ANALYST, "/api/v1/fraud/alerts/" + evidence.alert()).get("suppressed").asBoolean()).isFalse();
        page.tabTo("#case-resolution");
        page.keys(Page.ARROW_DOWN);
        page.until("dismissal chosen", "() => document.getElementById('case-resolution').value === 'DISMISSED'");
        assertThat(page.js("() => document.getElementById('case-propose').disabled")).isEqualTo(true);
        page.press("#case-close-submit");
        page.until("the reason's error", "() => document.querySelector(\"#case-close .field-error[data-field='reason']\")?.getClientRects().length > 0");
        page.fill("#case-close-reason", "投保人之间系亲属关系，可以解释。");
        page.press("#case-close-submit");
        page.until("dismissed", "(t) => document.getElementById('case-status')?.textContent === t", m.label("CaseStatus", "DISMISSED"));
        assertThat(explorer.get(Role.ANALYST, "/api/v1/fraud/cases/" + caseId).get("status").asString()).isEqualTo("DISMISSED");
        assertThat(explorer.get(Role.ANALYST, "/api/v1/fraud/alerts/" + evidence.alert()).get("suppressed").asBoolean())
                .as("dismissing quiets the added alert").isTrue();
        assertThat(explorer.get(Role.ANALYST, "/api/v1/entities/" + evidence.claim()).get("properties").path("status").asString(null))
                .as("a dismissed case makes no claim fraud").isNotEqualTo("FRAUD");
        page.axe("a dismissed case (" + m.language + ")");
    }

    /**
     * A regulator's dashboard against the API (coverage, grades by party type, alerts by scan, three
     * charts described by their tables), the triage filter's label, and a case closed with a proposed
     * sanction opened into the prefilled sanction form.
     */
    static void readsTheDashboardAndOpensAProposedSanction(Explorer explorer, String lang) {
        Messages m = Messages.of(lang, "dashboard", "triage", "enums");
        String kind = m.chinese() ? "BAN_FROM_INDUSTRY" : "FINE";
        int severity = m.chinese() ? 4 : 2;
        String member = ringMember(explorer);
        String caseId = closedWithProposal(explorer, member, kind, severity, m.chinese());
        // the grades are compared with the API's: the scores the import and the closure set off are computed first
        explorer.settled();

        Page page = explorer.signIn(Role.REGULATOR, lang);
        assertThat(page.text("#nav a[data-nav='dashboard']")).isEqualTo(m.get("dashboard.nav"));
        page.menu("dashboard");
        page.until("the alerts by scan", "() => document.querySelector('#dash-alerts-table tbody tr') !== null");
        page.until("three charts", "() => document.querySelectorAll(\".chart[data-ready='true'] canvas\").length === 3");
        assertThat(page.text("main h1")).isEqualTo(m.get("dashboard.title"));
        if (m.chinese()) {
            page.assertHanRendered("main h1");
            page.assertHanRendered("#dash-coverage-table caption");
        }
        JsonNode summary = explorer.get(Role.REGULATOR, "/api/v1/credit/summary");
        for (JsonNode type : summary.get("types")) {
            String t = type.get("type").asString();
            String coverage = "#dash-coverage-table tr[data-type='" + t + "'] ";
            assertThat(page.text(coverage + "th")).contains(m.label("PartyType", t));
            if (m.chinese()) {
                assertThat(page.text(coverage + "th")).doesNotContain(t);
            }
            assertThat(page.text(coverage + "td:nth-of-type(1)").replace(",", "")).isEqualTo(String.valueOf(type.get("parties").asLong()));
            assertThat(page.text(coverage + "td:nth-of-type(2)").replace(",", "")).isEqualTo(String.valueOf(type.get("withRecords").asLong()));
            for (String g : List.of("A", "B", "C", "D")) {
                assertThat(page.text("#dash-grades-table tr[data-type='" + t + "'] td[data-grade='" + g + "']").replace(",", ""))
                        .isEqualTo(String.valueOf(type.get("grades").get(g).asLong()));
            }
        }
        JsonNode scans = explorer.get(Role.REGULATOR, "/api/v1/fraud/scans").get("items");
        assertThat(page.js("() => document.querySelectorAll('#dash-alerts-table tbody tr').length")).isEqualTo((double) scans.size());
        String newest = scans.get(0).get("scanId").asString();
        assertThat(page.text("#dash-alerts-table tr[data-scan='" + newest + "'] td[data-kind='RING']"))
                .isEqualTo(String.valueOf(scans.get(0).get("alerts").get("RING").asLong()));
        for (String chart : List.of("coverage", "grades", "alerts")) {
            String box = "#dash-" + chart + "-chart";
            assertThat(page.js("(css) => document.querySelector(css).getAttribute('role')", box)).isEqualTo("img");
            assertThat(page.js("(css) => document.querySelector(css).getAttribute('aria-label')", box)).isEqualTo(m.get("dashboard." + chart + "-chart"));
            assertThat(page.js("(css) => document.getElementById(document.querySelector(css).getAttribute('aria-describedby')).tagName", box))
                    .isEqualTo("TABLE");
        }
        String shown = page.text("#view"); // textContent: as written, not as styled (no uppercase headings)
        assertThat(shown).contains(m.get("dashboard.coverage-col"), m.label("AlertKind", "RING"), m.label("PartyType", "Insurer"))
                .doesNotContain("RING", "FAKE_POLICY", "FICTITIOUS_BUSINESS");
        if (m.chinese()) {
            assertThat(shown).doesNotContain("Intermediary", "Consumer");
        }
        page.axe("the dashboard (" + lang + ")");

        page.menu("triage");
        page.until("the queue", "() => document.querySelector('#triage-table tbody tr') !== null");
        assertThat(page.shown("label[for='triage-kind']")).startsWith(m.get("triage.kind"));
        assertThat(page.text("#triage-table")).doesNotContain("DETECTOR_");
        page.axe("the triage queue (" + lang + ")");

        page.go("#/cases/" + caseId);
        page.until("the proposal", "() => document.getElementById('case-proposal-open') !== null");
        assertThat(page.text("#case-status")).isEqualTo(m.label("CaseStatus", "CONFIRMED_FRAUD"));
        assertThat(page.text("#case-proposal-kind")).isEqualTo(m.label("SanctionKind", kind));
        // a day as the language writes it, its ISO value kept in <time datetime>
        assertThat(page.text("#case-proposal time[datetime='2025-06-01']")).isEqualTo(dayAsWritten(m, "2025-06-01"));
        page.until("what the proposal sets off", "() => document.querySelector('#case-proposal-impact p') !== null");
        page.axe("a closed case with a proposal (" + lang + ")");
        page.press("#case-proposal-open");
        page.until("the prefilled sanction form", "(m) => location.hash.startsWith('#/impact') && document.getElementById('impact-subject')?.value === m", member);
        assertThat(page.js("() => document.getElementById('impact-kind').value")).isEqualTo(kind);
        assertThat(page.js("() => document.getElementById('impact-severity').value")).isEqualTo(String.valueOf(severity));
    }
}
