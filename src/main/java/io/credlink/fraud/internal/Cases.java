package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.fraud.AlertNotFound;
import io.credlink.fraud.AssignmentRequest;
import io.credlink.fraud.CaseClosed;
import io.credlink.fraud.CaseItemKind;
import io.credlink.fraud.CaseItemNotAttached;
import io.credlink.fraud.CaseItemNotFound;
import io.credlink.fraud.CaseItemRequest;
import io.credlink.fraud.CaseLinkRequest;
import io.credlink.fraud.CaseNotFound;
import io.credlink.fraud.CaseOriginNotRemovable;
import io.credlink.fraud.CaseRelatedToItself;
import io.credlink.fraud.CaseRequest;
import io.credlink.fraud.CaseStatus;
import io.credlink.fraud.CaseView;
import io.credlink.fraud.ClosureRequest;
import io.credlink.fraud.FraudConfirmed;
import io.credlink.fraud.FraudPage;
import io.credlink.fraud.NoSanctionProposal;
import io.credlink.fraud.NoteRequest;
import io.credlink.fraud.SanctionProposalView;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Investigation cases: opened on alerts, assigned, annotated, linked, given more alerts, rings,
 * claims and parties as the investigation goes (and rid of those attached by mistake), closed as
 * CONFIRMED_FRAUD (the claims the alerts name and the attached claims become FRAUD, a sanction may
 * be proposed to a regulator) or DISMISSED (the alerts are suppressed on later scans). A closed
 * case no longer changes (409).
 */
@Component
class Cases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FraudQueries queries;
    private final SanctionService sanctions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Cases(FraudQueries queries, SanctionService sanctions, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.queries = queries;
        this.sanctions = sanctions;
        this.events = events;
        this.transactions = transactions;
    }

    CaseView open(CaseRequest r, String actor) {
        Set<String> alertIds = new TreeSet<>(r.alertIds());
        Set<String> known = new TreeSet<>();
        for (Record a : queries.read("findAlertsByIds", Map.of("ids", List.copyOf(alertIds)))) {
            known.add(a.get("id").asString());
        }
        for (String id : alertIds) {
            if (!known.contains(id)) {
                throw new AlertNotFound(id);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String id = "FC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        Map<String, Object> k = new HashMap<>();
        k.put("id", id);
        k.put("title", r.title().strip());
        k.put("assignee", blankToNull(r.assignee()));
        k.put("openedBy", actor);
        k.put("openedAt", now);
        Map<String, Object> note = null;
        if (blankToNull(r.note()) != null) {
            note = Map.of("at", now, "author", actor, "text", r.note().strip());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("case", k);
        params.put("alertIds", List.copyOf(alertIds));
        params.put("note", note);
        queries.write("createCase", params);
        return find(id);
    }

    CaseView find(String id) {
        return queries.read("findCase", Map.of("id", id)).stream().findFirst().map(Cases::view)
                .orElseThrow(() -> new CaseNotFound(id));
    }

    FraudPage<CaseView> list(CaseStatus status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status == null ? null : status.name());
        long total = queries.read("countCases", params).get(0).get("total").asLong();
        params.put("skip", (long) page * size);
        params.put("limit", size);
        List<CaseView> items = new ArrayList<>();
        for (Record r : queries.read("listCases", params)) {
            items.add(find(r.get("id").asString()));
        }
        return new FraudPage<>(items, page, size, total);
    }

    CaseView assign(String id, AssignmentRequest r) {
        requireOpen(id, queries.write("assignCase", Map.of("id", id, "assignee", r.assignee().strip())));
        return find(id);
    }

    CaseView addNote(String id, NoteRequest r, String actor) {
        Map<String, Object> note = Map.of("at", OffsetDateTime.now(ZoneOffset.UTC), "author", actor, "text", r.text().strip());
        requireOpen(id, queries.write("addCaseNote", Map.of("id", id, "note", note)));
        return find(id);
    }

    CaseView link(String id, CaseLinkRequest r) {
        find(id);
        if (r.caseId().equals(id)) {
            throw new CaseRelatedToItself(id);
        }
        find(r.caseId());
        queries.write("linkCases", Map.of("id", id, "otherId", r.caseId()));
        return find(id);
    }

    /**
     * Attaches an alert, ring, claim or party to an open case; attaching it again changes nothing.
     * Unknown case 404, closed case 409, nothing of that kind with the id 404.
     */
    CaseView attach(String id, CaseItemRequest r, String actor) {
        requireOpen(find(id));
        String itemId = r.itemId().strip();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("kind", r.kind().name());
        params.put("itemId", itemId);
        params.put("by", actor);
        params.put("at", OffsetDateTime.now(ZoneOffset.UTC));
        if (queries.write("attachCaseItem", params).isEmpty()) {
            // closed meanwhile (409), or nothing of that kind has the id (404)
            requireOpen(find(id));
            throw new CaseItemNotFound(r.kind(), itemId);
        }
        return find(id);
    }

    /**
     * Removes an alert, ring, claim or party attached to an open case after its opening, with a note
     * of who removed what and when in the same transaction. Unknown case 404, closed case 409, an
     * alert the case was opened on 409 (its origin stays), nothing of that kind attached 404.
     */
    CaseView detach(String id, CaseItemKind kind, String itemId, String actor) {
        requireOpen(find(id));
        String ref = itemId.strip();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("kind", kind.name());
        params.put("itemId", ref);
        params.put("by", actor);
        params.put("at", OffsetDateTime.now(ZoneOffset.UTC));
        params.put("text", "Removed " + kind.name().toLowerCase(Locale.ROOT) + " " + ref + " from the case.");
        if (queries.write("detachCaseItem", params).isEmpty()) {
            // closed meanwhile (409), what the case was opened on (409), or not attached (404)
            requireOpen(find(id));
            boolean origin = queries.read("findCaseItem", Map.of("id", id, "kind", kind.name(), "itemId", ref)).stream()
                    .anyMatch(item -> item.get("origin").asBoolean());
            if (origin) {
                throw new CaseOriginNotRemovable(id, ref);
            }
            throw new CaseItemNotAttached(id, kind, ref);
        }
        return find(id);
    }

    CaseView close(String id, ClosureRequest r, String actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", r.resolution().name());
        params.put("by", actor);
        params.put("at", OffsetDateTime.now(ZoneOffset.UTC));
        params.put("reason", r.reason().strip());
        params.put("sanctionProposal", r.proposedSanction() == null ? null : JSON.writeValueAsString(r.proposedSanction()));
        requireOpen(id, queries.write("closeCase", params));
        // read once closed: nothing can be attached or removed any more, so this is everything the case holds
        CaseView closed = find(id);
        List<Record> named = queries.read("findAlertsByIds", Map.of("ids", closed.alertIds()));
        Set<String> claims = new TreeSet<>();
        Set<String> parties = new TreeSet<>();
        for (Record a : named) {
            claims.addAll(FraudQueries.strings(a.get("claimIds")));
            parties.addAll(FraudQueries.strings(a.get("partyIds")));
        }
        // what the analyst attached after opening counts like what the alerts name
        claims.addAll(closed.claimIds());
        parties.addAll(closed.partyIds());
        if (r.resolution() == CaseStatus.CONFIRMED_FRAUD) {
            queries.write("markClaimsFraud", Map.of("ids", List.copyOf(claims), "caseId", id));
            // in a transaction of its own: listeners after commit (credit) need one, and it stores the publication
            FraudConfirmed confirmed = new FraudConfirmed(id, List.copyOf(claims), List.copyOf(parties));
            transactions.executeWithoutResult(status -> events.publishEvent(confirmed));
        } else {
            queries.write("suppressAlerts", Map.of("ids", closed.alertIds(), "caseId", id));
        }
        return find(id);
    }

    SanctionProposalView sanctionProposal(String id) {
        CaseView k = find(id);
        SanctionRequest proposal = k.sanctionProposal();
        if (proposal == null) {
            throw new NoSanctionProposal(id);
        }
        LocalDate today = LocalDate.now();
        LocalDate asOf = proposal.effectiveFrom().isAfter(today) ? proposal.effectiveFrom() : today;
        return new SanctionProposalView(id, proposal, sanctions.impact(proposal, asOf));
    }

    private static void requireOpen(CaseView k) {
        if (k.status() != CaseStatus.OPEN) {
            throw new CaseClosed(k.id(), k.status());
        }
    }

    /** A write that matched no open case: unknown (404) or closed (409). */
    private void requireOpen(String id, List<Record> written) {
        if (written.isEmpty()) {
            CaseView now = find(id);
            throw new CaseClosed(id, now.status());
        }
    }

    private static CaseView view(Record r) {
        List<CaseView.Note> notes = new ArrayList<>();
        for (Value n : r.get("notes").values()) {
            String removedKind = n.get("removedKind").asString(null);
            CaseView.RemovedItem removed = removedKind == null ? null : new CaseView.RemovedItem(
                    CaseItemKind.valueOf(removedKind), n.get("removedItemId").asString(null),
                    n.get("removedAttachedBy").asString(null), dateTime(n.get("removedAttachedAt")));
            notes.add(new CaseView.Note(n.get("at").asOffsetDateTime(), n.get("author").asString(null),
                    n.get("text").asString(null), removed));
        }
        String proposal = r.get("sanctionProposal").asString(null);
        return new CaseView(r.get("id").asString(), r.get("title").asString(null),
                CaseStatus.valueOf(r.get("status").asString()), r.get("assignee").asString(null),
                r.get("openedBy").asString(null), dateTime(r.get("openedAt")), r.get("closedBy").asString(null),
                dateTime(r.get("closedAt")), r.get("reason").asString(null),
                FraudQueries.strings(r.get("alertIds")), FraudQueries.strings(r.get("originAlertIds")),
                FraudQueries.strings(r.get("ringIds")),
                FraudQueries.strings(r.get("claimIds")), FraudQueries.strings(r.get("partyIds")),
                FraudQueries.strings(r.get("relatedCaseIds")), notes,
                proposal == null ? null : JSON.readValue(proposal, SanctionRequest.class));
    }

    private static OffsetDateTime dateTime(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
