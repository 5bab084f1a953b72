package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the graph says about one party, gathered for scoring (set-based queries per batch).
 *
 * @param id        the party
 * @param type      Insurer, Intermediary, Practitioner, Consumer or Provider
 * @param status    licence status (insurers, intermediaries, practitioners), else null
 * @param sanctions sanctions against it decided on or before the scoring day
 * @param records   credit records about it dated on or before the scoring day
 * @param claims    a consumer's claims (filed or named on), else empty
 * @param business  a firm's policy and claim figures, else null
 * @param ledFirms  sanctions against firms a practitioner led on their decision date, else empty
 * @param subjects  for the facts of a resolved entity ({@link EntityFacts}): the member each sanction,
 *                  record and led firm's sanction (by id) was recorded against; empty for a party alone
 */
record PartyFacts(String id, String type, String status, List<SanctionFact> sanctions, List<RecordFact> records,
        List<ClaimFact> claims, BusinessFacts business, List<LedFirmSanction> ledFirms, Map<String, String> subjects) {

    PartyFacts {
        sanctions = List.copyOf(sanctions);
        records = List.copyOf(records);
        claims = List.copyOf(claims);
        ledFirms = List.copyOf(ledFirms);
        subjects = Map.copyOf(subjects);
    }

    PartyFacts(String id, String type, String status, List<SanctionFact> sanctions, List<RecordFact> records,
            List<ClaimFact> claims, BusinessFacts business, List<LedFirmSanction> ledFirms) {
        this(id, type, status, sanctions, records, claims, business, ledFirms, Map.of());
    }

    static PartyFacts of(String id, String type, String status) {
        return new PartyFacts(id, type, status, List.of(), List.of(), List.of(), null, List.of());
    }

    /** The member a fact (sanction or record id) was recorded against, null for a party alone. */
    String subjectOf(String factId) {
        return subjects.get(factId);
    }

    PartyFacts withSanctions(List<SanctionFact> s) {
        return new PartyFacts(id, type, status, s, records, claims, business, ledFirms, subjects);
    }

    PartyFacts withRecords(List<RecordFact> r) {
        return new PartyFacts(id, type, status, sanctions, r, claims, business, ledFirms, subjects);
    }

    PartyFacts withClaims(List<ClaimFact> c) {
        return new PartyFacts(id, type, status, sanctions, records, c, business, ledFirms, subjects);
    }

    PartyFacts withBusiness(BusinessFacts b) {
        return new PartyFacts(id, type, status, sanctions, records, claims, b, ledFirms, subjects);
    }

    PartyFacts withLedFirms(List<LedFirmSanction> l) {
        return new PartyFacts(id, type, status, sanctions, records, claims, business, l, subjects);
    }

    /** A sanction as stored (withdrawn ones included: they count nothing). */
    record SanctionFact(String id, String kind, int severity, boolean blacklist, LocalDate decidedOn,
            LocalDate effectiveFrom, LocalDate effectiveTo, boolean withdrawn, boolean disputed) {

        boolean inForceOn(LocalDate day) {
            return io.credlink.sanction.InForceSanction.holdsOn(effectiveFrom, effectiveTo, withdrawn, day);
        }
    }

    /** A credit record. */
    record RecordFact(String id, String kind, LocalDate date, int severity, boolean disputed) {
    }

    /** A consumer's claim: filed by it ({@code claimant}) or naming it. */
    record ClaimFact(String id, String status, LocalDate incidentDate, double amount, boolean claimant) {
    }

    /**
     * A firm's figures over the window: policies started (and of them cancelled), claims incurred,
     * decided (PAID or DENIED), denied, open and reported before the delay limit, FRAUD.
     */
    record BusinessFacts(long policies, long cancelled, long claims, long decided, long denied, long delayed,
            long fraud) {
    }

    /** A sanction against a firm the practitioner led (role) on the sanction's decision date. */
    record LedFirmSanction(String firmId, String role, SanctionFact sanction) {
    }
}
