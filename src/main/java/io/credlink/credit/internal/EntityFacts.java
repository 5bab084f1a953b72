package io.credlink.credit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.credlink.credit.internal.PartyFacts.BusinessFacts;
import io.credlink.credit.internal.PartyFacts.ClaimFact;
import io.credlink.credit.internal.PartyFacts.LedFirmSanction;
import io.credlink.credit.internal.PartyFacts.RecordFact;
import io.credlink.credit.internal.PartyFacts.SanctionFact;

/**
 * The facts of a resolved entity as one party's: every member's sanctions, records, claims and
 * led firms' sanctions, each counted once however many members reach it (by its node id), naming
 * the member it was recorded against. The result does not depend on which member is scored, so
 * every member gets the same score: the type is the entity's first in {@link #TYPE_ORDER} (a
 * person who is a practitioner at one insurer and a customer at another is scored as a
 * practitioner, with the claims of the customer), the licence status the worst of the members',
 * firm behaviour summed over the members of that type.
 */
final class EntityFacts {

    static final List<String> TYPE_ORDER = List.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider");
    private static final List<String> STATUS_ORDER = List.of("REVOKED", "SUSPENDED", "EXITED", "ACTIVE");

    private EntityFacts() {
    }

    /** The facts of {@code id}'s entity from its members' own facts (members in id order; {@code id} among them). */
    static PartyFacts of(String id, List<PartyFacts> members) {
        if (members.size() == 1) {
            return members.get(0);
        }
        String type = members.stream().map(PartyFacts::type).min(
                java.util.Comparator.comparingInt(t -> TYPE_ORDER.indexOf(t) < 0 ? TYPE_ORDER.size() : TYPE_ORDER.indexOf(t)))
                .orElse(null);
        String status = null;
        Map<String, SanctionFact> sanctions = new LinkedHashMap<>();
        Map<String, RecordFact> records = new LinkedHashMap<>();
        Map<String, ClaimFact> claims = new LinkedHashMap<>();
        Map<String, LedFirmSanction> ledFirms = new LinkedHashMap<>();
        Map<String, String> subjects = new HashMap<>();
        BusinessFacts business = null;
        for (PartyFacts m : members) {
            if (m.status() != null && rank(m.status()) < rank(status)) {
                status = m.status();
            }
            for (SanctionFact s : m.sanctions()) {
                if (sanctions.putIfAbsent(s.id(), s) == null) {
                    subjects.put(s.id(), m.id());
                }
            }
            for (RecordFact r : m.records()) {
                if (records.putIfAbsent(r.id(), r) == null) {
                    subjects.put(r.id(), m.id());
                }
            }
            // a claim one member filed and another is named on was filed by the entity
            for (ClaimFact c : m.claims()) {
                claims.merge(c.id(), c, (a, b) -> a.claimant() ? a : b);
            }
            for (LedFirmSanction l : m.ledFirms()) {
                if (ledFirms.putIfAbsent(l.firmId() + "\u0000" + l.sanction().id(), l) == null) {
                    subjects.putIfAbsent(l.sanction().id(), m.id());
                }
            }
            if (m.business() != null && m.type().equals(type)) {
                business = business == null ? m.business() : sum(business, m.business());
            }
        }
        return new PartyFacts(id, type, status, new ArrayList<>(sanctions.values()), new ArrayList<>(records.values()),
                new ArrayList<>(claims.values()), business, new ArrayList<>(ledFirms.values()), subjects);
    }

    private static int rank(String status) {
        int i = status == null ? -1 : STATUS_ORDER.indexOf(status);
        return i < 0 ? STATUS_ORDER.size() + (status == null ? 1 : 0) : i;
    }

    private static BusinessFacts sum(BusinessFacts a, BusinessFacts b) {
        return new BusinessFacts(a.policies() + b.policies(), a.cancelled() + b.cancelled(), a.claims() + b.claims(),
                a.decided() + b.decided(), a.denied() + b.denied(), a.delayed() + b.delayed(), a.fraud() + b.fraud());
    }
}
