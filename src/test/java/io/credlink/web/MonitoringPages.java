package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.neo4j.driver.Driver;

import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import io.credlink.monitoring.WebhookReceiver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insurer's monitoring workflow in the explorer, written once and driven in Chromium and
 * Firefox through {@link Page} in either language, with data of its own per language; and what the
 * browser tests of the monitoring pages share: the sanction a regulator records, a signature,
 * clean-up.
 */
final class MonitoringPages {

    static final String INSURER = PrivacyFixture.INSURER_USER;
    static final List<String> KINDS = List.of("SANCTION_RECORDED", "BLACKLISTED", "RESTRICTED", "GRADE_CHANGED", "ALERT_RAISED",
            "OBJECTION_RESOLVED");

    private MonitoringPages() {
    }

    /**
     * What one language's run works with: the list, the member added by id and the one read from a
     * CSV file, an unknown id and an internal webhook host (both refused), the events subscribed,
     * and the regulator's sanction (against {@code sanctioned}).
     */
    record Run(String list, String member, String csvMember, String unknown, String refusedHost, List<String> events,
            String sanction, String sanctioned) {

        /** The member the sanction is not against: removed at the end. */
        String other() {
            return sanctioned.equals(member) ? csvMember : member;
        }
    }

    static Run run(String lang) {
        return lang.equals("zh-CN")
                ? new Run("重点关注客户", "PRC-PV1", "CON-PV2", "NOPE-ZH", "192.168.1.1", KINDS, "SAN-MON-ZH", "CON-PV2")
                : new Run("Agents to follow", "CON-PV1", "PRC-PV1", "NOPE-EN", "10.0.0.1", List.of("SANCTION_RECORDED", "BLACKLISTED"),
                        "SAN-MON-EN", "CON-PV1");
    }

    static void deleteMonitoring(Driver driver) {
        driver.executableQuery("MATCH (n) WHERE n:Watchlist OR n:WatchMember OR n:Subscription OR n:Notification "
                + "OR n:OutboxEntry DETACH DELETE n").execute();
    }

    /** A blacklisting sanction against the party, recorded over the API by a user of that role. */
    static Reply sanction(AccessFixtures http, Driver driver, Role role, String id, String subjectId) {
        String user = http.usersByRole(driver).get(role);
        return http.json("POST", "/api/v1/sanctions", user, AccessFixtures.passwordOf(user), "{\"id\": \"" + id
                + "\", \"subjectId\": \"" + subjectId + "\", \"authority\": \"NFRA\", \"kind\": \"BAN_FROM_INDUSTRY\", "
                + "\"severity\": 5, \"blacklist\": true, \"decidedOn\": \"2025-01-01\", \"effectiveFrom\": \"2025-01-01\"}");
    }

    /** How many notifications the API lists for the user on the list (first page). */
    static int inboxSize(AccessFixtures http, String user, String listId) {
        return http.call("GET", "/api/v1/notifications?watchlistId=" + listId, user, AccessFixtures.passwordOf(user))
                .json().get("items").size();
    }

    /** Waits until a counterparty check by the user reports the party blacklisted. */
    static void untilBlacklisted(AccessFixtures http, String user, String partyId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean blacklisted = false;
        while (!blacklisted && System.nanoTime() < deadline) {
            Reply r = http.json("POST", "/api/v1/counterparty-checks", user, AccessFixtures.passwordOf(user),
                    "{\"ids\": [\"" + partyId + "\"]}");
            blacklisted = r.status() == 200 && r.json().get("results").get(0).get("blacklisted").asBoolean();
            if (!blacklisted) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        if (!blacklisted) {
            throw new AssertionError(partyId + " not reported blacklisted by a counterparty check");
        }
    }

    static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** The first webhook call to the path that names the sanction (calls of an earlier run are passed over). */
    static WebhookReceiver.Call callNaming(WebhookReceiver receiver, String path, String sanctionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WebhookReceiver.Call call = receiver.next(Duration.ofSeconds(1));
            if (call != null && call.path().equals(path) && call.text().contains(sanctionId)) {
                return call;
            }
        }
        throw new AssertionError("no webhook call to " + path + " naming " + sanctionId);
    }

    static JsonNode asInsurer(Explorer explorer, String path) {
        Reply r = explorer.http.call("GET", path, INSURER, AccessFixtures.passwordOf(INSURER));
        assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
        return r.json();
    }

    static int rows(Page page, String tableId) {
        return ((Number) page.js("(id) => document.querySelectorAll('#' + id + ' tbody tr').length", tableId)).intValue();
    }

    /** The text of one cell (0-based) of the member's row on the list page. */
    static String memberCell(Page page, String id, int cell) {
        return String.valueOf(page.js("(id, i) => document.querySelector(`.wl-remove[data-id='${id}']`).closest('tr').children[i].textContent",
                id, cell));
    }

    /** Every {@code <time>} in the element reads as the language writes its instant, in the browser's time zone. */
    @SuppressWarnings("unchecked")
    static void timesAsWritten(Page page, Messages m, String css) {
        List<Object> times = (List<Object>) page.js("(css) => [...document.querySelectorAll(css + ' time')]"
                + ".map((t) => [t.getAttribute('datetime'), t.textContent])", css);
        assertThat(times).as("times in " + css).isNotEmpty();
        ZoneId zone = ZoneId.of(String.valueOf(page.js("() => Intl.DateTimeFormat().resolvedOptions().timeZone")));
        // the explorer writes English as en-GB does ("6 Dec 2026, 14:05"), Chinese as "2026年12月6日 14:05"
        DateTimeFormatter written = DateTimeFormatter.ofPattern(m.chinese() ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm",
                m.chinese() ? Locale.CHINA : Locale.UK);
        for (Object t : times) {
            List<Object> pair = (List<Object>) t;
            String iso = String.valueOf(pair.get(0));
            assertThat(String.valueOf(pair.get(1))).as(iso + " in " + css + " (" + m.language + ")")
                    .isEqualTo(written.format(OffsetDateTime.parse(iso).atZoneSameInstant(zone)));
        }
    }

    /**
     * What a reader of the page sees that is not in the language (language-check.js: raw enum names,
     * message keys, the bundles' English on a Chinese page, and the server's English sentences given).
     */
    @SuppressWarnings("unchecked")
    static List<String> languageProblems(Page page, String where, String lang, List<String> serverProse) {
        String prose = JsonMapper.builder().build().writeValueAsString(serverProse);
        Map<String, Object> found = (Map<String, Object>) page.js("(language, areas, prose) => (" + LanguagePages.script("language-check.js")
                + "\n)(language, areas, null, JSON.parse(prose))", lang, LanguagePages.areas(), prose);
        return LanguagePages.problems(where + " (" + lang + ")", lang, found);
    }

    /**
     * The insurer's monitoring workflow from the keyboard, in the language with that language's
     * data: a watch list created after an unknown id is refused next to the ids (the API's problem
     * in the language); a member read from a CSV file; the members with their type, grade and
     * blacklisting; a webhook subscribed after refusals next to their fields (English: no event
     * picked; Chinese: a short secret) and an internal target refused next to the URL, the secret
     * shown once and checked against the signature of the delivery; a regulator's sanction in the
     * inbox with its changes worded from their codes, delivered, marked read (English: its row;
     * Chinese: all shown); no raw enum name, message key or English (the bundles', the server's
     * summaries) on the Chinese pages, instants as the language writes them; the member blacklisted
     * on the list; the other member removed; the list deleted after a confirmation in the page
     * (English: first kept), its address then a clear note.
     */
    static void watchesPartiesSubscribesAndReadsTheInbox(Explorer explorer, WebhookReceiver receiver, String lang) throws Exception {
        Messages m = Messages.of(lang, "monitoring", "prose", "enums", "common");
        Run run = run(lang);
        Page page = explorer.signIn(INSURER, AccessFixtures.passwordOf(INSURER), lang);
        assertThat(page.text("#nav a[data-nav='watchlists']")).isEqualTo(m.get("common.nav-watchlists"));
        assertThat(page.text("#nav a[data-nav='notifications']")).isEqualTo(m.get("common.nav-notifications"));
        page.menu("watchlists");
        page.until("the lists drawn", "(t) => document.getElementById('wl-lists')?.textContent.includes(t)", m.get("monitoring.no-lists"));
        assertThat(page.text("main h1")).isEqualTo(m.get("monitoring.lists"));
        if (m.chinese()) {
            page.assertHanRendered("main h1");
        }

        // a list with an unknown id: the API's problem, in the language, next to the ids
        page.fill("#wl-name", run.list());
        page.tabTo("#wl-ids");
        page.keys(run.member(), Page.ENTER, run.unknown());
        page.press("#wl-create");
        String unknown = m.api("problem.detail.WatchedEntityNotFound", run.unknown());
        page.until("the unknown id refused next to the ids", "(t) => document.getElementById('wl-ids-error')?.textContent === t", unknown);
        assertThat(page.js("() => document.getElementById('wl-ids').getAttribute('aria-invalid')")).isEqualTo("true");
        assertThat(page.focusedIs("#wl-ids")).as("the refused field has the focus").isTrue();
        page.fill("#wl-ids", run.member());
        page.press("#wl-create");
        page.until("the new list", "() => location.hash.startsWith('#/watchlists/WL-')"
                + " && document.querySelectorAll('#wl-members-table tbody tr').length === 1");
        String listId = String.valueOf(page.js("() => decodeURIComponent(location.hash.replace(/^#\\/watchlists\\/([^?]+).*$/, '$1'))"));
        assertThat(page.text("main h1")).isEqualTo(run.list());
        assertThat(page.shown("#wl-status")).contains(m.get("monitoring.created", "name", run.list()));

        // a member from a CSV file (set in the picker as a person's choice would set it), uploaded with Enter
        page.js("(id) => { const dt = new DataTransfer(); dt.items.add(new File(['entity_id\\n' + id + '\\n'], 'members.csv',"
                + " {type: 'text/csv'})); document.getElementById('wl-csv').files = dt.files; }", run.csvMember());
        page.press("#wl-upload");
        page.until("two members", "() => document.querySelectorAll('#wl-members-table tbody tr').length === 2");
        assertThat(page.shown("#wl-status")).contains(m.get("monitoring.added-n", "n", 2));
        assertThat(page.text("#wl-summary")).isEqualTo(m.get("monitoring.members-n", "n", 2));
        List<String> members = new ArrayList<>();
        asInsurer(explorer, "/api/v1/watchlists/" + listId).get("entityIds").forEach(id -> members.add(id.asString()));
        assertThat(members).containsExactlyInAnyOrder(run.member(), run.csvMember());
        // each member as the counterparty check answers the insurer: type and grade by their labels
        Reply check = explorer.http.json("POST", "/api/v1/counterparty-checks", INSURER, AccessFixtures.passwordOf(INSURER),
                "{\"ids\": [\"" + run.member() + "\", \"" + run.csvMember() + "\"]}");
        assertThat(check.status()).as(check.raw().body()).isEqualTo(200);
        for (JsonNode r : check.json().get("results")) {
            String id = r.get("entityId").asString();
            // as the page words it: a party the check does not know yet (its read model follows changes) is "not found"
            assertThat(memberCell(page, id, 1)).as(id).isEqualTo(!r.get("found").asBoolean() ? m.get("monitoring.not-found")
                    : r.hasNonNull("entityType") ? m.label("EntityType", r.get("entityType").asString()) : "—");
            if (r.hasNonNull("grade")) {
                assertThat(memberCell(page, id, 2)).as(id).isEqualTo(m.label("Grade", r.get("grade").asString()));
            }
        }
        page.axe("a watch list with its members (" + lang + ")");

        // the webhook: what the page or the API refuses, next to its field
        String url = receiver.url("/" + lang);
        if (m.chinese()) {
            page.fill("#sub-url", "http://" + run.refusedHost() + "/hook");
            page.fill("#sub-secret", "短密钥");
            page.press("#sub-create");
            page.until("the short secret refused next to its field", "() => document.getElementById('sub-secret-error')?.textContent !== ''");
            assertThat(page.text("#sub-secret-error")).as("the API's field message in Chinese").containsPattern("\\p{IsHan}")
                    .contains("16", "200").doesNotContainPattern("[A-Za-z]");
            assertThat(page.focusedIs("#sub-secret")).isTrue();
            page.press("#sub-regenerate");
        } else {
            for (String kind : KINDS) {
                page.tabTo("#sub-events input[value='" + kind + "']");
                page.keys(Page.SPACE);
            }
            page.press("#sub-create");
            page.until("an event required", "(t) => document.getElementById('sub-events-error')?.textContent === t", m.get("monitoring.pick-events"));
            assertThat(page.focusedIs("#sub-events")).isTrue();
            for (String kind : run.events()) {
                page.tabTo("#sub-events input[value='" + kind + "']");
                page.keys(Page.SPACE);
            }
            page.fill("#sub-url", "http://" + run.refusedHost() + "/hook");
        }
        page.press("#sub-create");
        page.until("the internal target refused next to the URL", "(t) => document.getElementById('sub-url-error')?.textContent === t",
                m.api("problem.detail.TargetRefused.internal", run.refusedHost()));
        assertThat(page.js("() => document.getElementById('sub-url').getAttribute('aria-invalid')")).isEqualTo("true");
        assertThat(page.focusedIs("#sub-url")).isTrue();
        page.fill("#sub-url", url);
        String secret = String.valueOf(page.js("() => document.getElementById('sub-secret').value"));
        assertThat(secret).hasSizeGreaterThanOrEqualTo(16);
        page.press("#sub-create");
        page.until("the secret shown once", "(s) => document.getElementById('sub-secret-once')?.textContent === s", secret);
        page.until("the subscription listed", "() => document.querySelectorAll('#sub-table tbody tr').length === 1");
        JsonNode subscription = asInsurer(explorer, "/api/v1/subscriptions?watchlistId=" + listId).get("items").get(0);
        assertThat(subscription.get("url").asString()).isEqualTo(url);
        List<String> events = new ArrayList<>();
        subscription.get("events").forEach(e -> events.add(e.asString()));
        assertThat(events).containsExactlyInAnyOrderElementsOf(run.events());
        assertThat(page.js("() => document.querySelector('#sub-table tbody tr').children[1].textContent"))
                .isEqualTo(String.join(m.get("monitoring.sep"), events.stream().map(e -> m.label("NotificationKind", e)).toList()));
        timesAsWritten(page, m, "#sub-table");

        // a regulator's sanction: in the inbox, its changes worded from their codes, then delivered
        Reply sanction = sanction(explorer.http, explorer.driver(), Role.REGULATOR, run.sanction(), run.sanctioned());
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
        page.press("#wl-inbox");
        page.until("the list's inbox", "(id) => location.hash.startsWith('#/notifications?watchlistId=' + encodeURIComponent(id))", listId);
        assertThat(page.text("main h1")).isEqualTo(m.get("monitoring.inbox"));
        String recorded = m.get("prose.monitoring.sanctionRecorded", "sanctionId", run.sanction(), "sanctionedId", run.sanctioned());
        String blacklisted = m.get("prose.monitoring.blacklisted", "sanctionId", run.sanction());
        page.until("the sanction in the inbox", "(a, b) => { const rows = [...document.querySelectorAll('#inbox-table tbody tr')]"
                + ".map((r) => r.textContent); return rows.some((r) => r.includes(a)) && rows.some((r) => r.includes(b)); }", recorded, blacklisted);
        WebhookReceiver.Call call = callNaming(receiver, "/" + lang, run.sanction());
        assertThat(call.headers().get("X-CredLink-Signature")).isEqualTo("sha256=" + hmac(call.body(), secret));
        page.until("delivered", "(t) => [...document.querySelectorAll('#inbox-table [data-status=\"DELIVERED\"]')].some((b) => b.textContent === t)",
                m.label("DeliveryStatus", "DELIVERED"));
        assertThat(page.shown("#inbox-table")).contains(m.label("NotificationKind", "SANCTION_RECORDED"), m.label("NotificationKind", "BLACKLISTED"));
        // the page shows what the API answers (later changes, e.g. a grade, are picked up by the refresh)
        page.waitFor("the inbox as the API answers it", () -> rows(page, "inbox-table") == inboxSize(explorer.http, INSURER, listId));
        // marked read: in English the sanction's notification from its row, in Chinese every one shown at once
        List<String> marked = new ArrayList<>();
        if (m.chinese()) {
            @SuppressWarnings("unchecked")
            List<Object> unread = (List<Object>) page.js("() => [...document.querySelectorAll('#inbox-table tbody tr[data-read=\"false\"]')]"
                    + ".map((r) => r.dataset.id)");
            unread.forEach(id -> marked.add(String.valueOf(id)));
            assertThat(marked).as("unread notifications").isNotEmpty();
            page.press("#inbox-mark-all");
            assertThat(page.focusedIs("#inbox-mark-all")).isTrue();
        } else {
            marked.add(String.valueOf(page.js("(a) => [...document.querySelectorAll('#inbox-table tbody tr')]"
                    + ".find((r) => r.textContent.includes(a)).dataset.id", recorded)));
            page.press("#inbox-table tr[data-id='" + marked.get(0) + "'] button.inbox-read");
            page.until("the focus on what comes next", "() => document.activeElement?.matches('button.inbox-read, #inbox-mark-all') === true");
        }
        String markedIds = JsonMapper.builder().build().writeValueAsString(marked);
        page.until("marked read", "(ids) => JSON.parse(ids).every((id) => document.querySelector(`#inbox-table tr[data-id='${id}']`)"
                + "?.dataset.read === 'true')", markedIds);
        page.waitFor("the marking announced", () -> page.text("#status").matches(m.pattern("monitoring.marked-read")));
        for (String id : marked) {
            assertThat(page.shown("#inbox-table tr[data-id='" + id + "']")).contains(m.get("monitoring.read-by", "user", INSURER));
        }
        asInsurer(explorer, "/api/v1/notifications?watchlistId=" + listId).get("items").forEach(n -> {
            if (marked.contains(n.get("id").asString())) {
                assertThat(n.get("readBy").asString()).as(n.toString()).isEqualTo(INSURER);
            }
        });
        List<String> summaries = new ArrayList<>();
        asInsurer(explorer, "/api/v1/notifications?watchlistId=" + listId).get("items").forEach(n -> summaries.add(n.get("summary").asString()));
        assertThat(summaries).as("the server's English summaries").anyMatch(s -> s.contains(run.sanction()));
        page.until("every change worded from its code", "() => { const rows = [...document.querySelectorAll('#inbox-table tbody tr')];"
                + " return rows.length > 0 && rows.every((r) => r.querySelector('[data-code]:not([data-code=\"\"]):not([lang])')); }");
        if (m.chinese()) {
            String shown = page.shown("#inbox-table");
            for (String summary : summaries) {
                assertThat(shown).as("the server's English summary").doesNotContain(summary);
            }
            page.assertHanRendered("#inbox-table thead");
        }
        assertThat(languageProblems(page, "the inbox", lang, summaries)).isEmpty();
        timesAsWritten(page, m, "#inbox-table");
        page.axe("the notifications (" + lang + ")");

        // back on the list: its row, the member blacklisted, the delivery counted
        untilBlacklisted(explorer.http, INSURER, run.sanctioned());
        page.menu("watchlists");
        page.until("the list in the table", "() => document.querySelectorAll('#wl-table tbody tr').length === 1");
        assertThat(page.text("#wl-table a.wl-link")).isEqualTo(run.list());
        assertThat(page.js("() => document.querySelector('#wl-table tbody tr').children[1].textContent")).isEqualTo("2");
        timesAsWritten(page, m, "#wl-table");
        page.press("#wl-table a.wl-link");
        page.until("the list page", "() => document.querySelectorAll('#wl-members-table tbody tr').length === 2"
                + " && document.querySelectorAll('#sub-table tbody tr').length === 1");
        assertThat(memberCell(page, run.sanctioned(), 4)).isEqualTo(m.get("monitoring.yes"));
        Reply otherCheck = explorer.http.json("POST", "/api/v1/counterparty-checks", INSURER, AccessFixtures.passwordOf(INSURER),
                "{\"ids\": [\"" + run.other() + "\"]}");
        assertThat(memberCell(page, run.other(), 4)).isEqualTo(otherCheck.json().at("/results/0/blacklisted").asBoolean()
                ? m.get("monitoring.yes") : m.get("common.no"));
        assertThat(Integer.parseInt(String.valueOf(page.js("() => document.querySelector('#sub-table tbody tr').children[4].textContent"))))
                .as("deliveries counted").isPositive();
        assertThat(languageProblems(page, "the watch list", lang, summaries)).isEmpty();

        // the other member removed from the keyboard
        page.press(".wl-remove[data-id='" + run.other() + "']");
        page.until("one member left", "() => document.querySelectorAll('#wl-members-table tbody tr').length === 1");
        assertThat(page.shown("#wl-status")).contains(m.get("monitoring.removed", "id", run.other()));
        assertThat(asInsurer(explorer, "/api/v1/watchlists/" + listId).get("entityIds").toString())
                .contains(run.sanctioned()).doesNotContain(run.other());

        // the list deleted after the page asks (in English first kept: nothing changes)
        String question = m.get("monitoring.delete-confirm", "name", run.list());
        page.press("#wl-delete");
        page.until("the question", "(q) => !document.getElementById('wl-delete-confirm').hidden"
                + " && document.getElementById('wl-delete-question').textContent === q", question);
        assertThat(page.focusedIs("#wl-delete-yes")).isTrue();
        if (!m.chinese()) {
            page.press("#wl-delete-no");
            page.until("kept", "(t) => document.getElementById('wl-delete-confirm').hidden"
                    + " && document.getElementById('status').textContent === t", m.get("monitoring.kept", "name", run.list()));
            assertThat(page.focusedIs("#wl-delete")).isTrue();
            assertThat(explorer.http.call("GET", "/api/v1/watchlists/" + listId, INSURER, AccessFixtures.passwordOf(INSURER)).status())
                    .isEqualTo(200);
            page.keys(Page.ENTER);
            page.until("asked again", "() => !document.getElementById('wl-delete-confirm').hidden");
            assertThat(page.focusedIs("#wl-delete-yes")).isTrue();
        }
        page.keys(Page.ENTER);
        page.until("deleted", "(t) => location.hash === '#/watchlists' && document.getElementById('status').textContent === t",
                m.get("monitoring.deleted", "name", run.list()));
        page.until("no list left", "(t) => document.getElementById('wl-lists')?.textContent.includes(t)", m.get("monitoring.no-lists"));
        assertThat(explorer.http.call("GET", "/api/v1/watchlists/" + listId, INSURER, AccessFixtures.passwordOf(INSURER)).status())
                .isEqualTo(404);
        // its address now: the API's problem in the language
        page.go("#/watchlists/" + listId);
        page.until("the list not found", "(t) => document.getElementById('view').textContent.includes(t)",
                m.api("problem.detail.WatchlistNotFound", listId));
    }
}
