package io.credlink.fraud;

/**
 * The fraud module's facade: scans (every detector, rings, claim scores), the alerts and rings
 * they found, the claims' suspicion scores, and investigation cases.
 */
public interface FraudService {

    /** Runs every detector over the whole graph, stores alerts and claim scores, publishes {@link FraudScanCompleted}. */
    ScanView scan();

    /**
     * Runs every detector over the whole graph and returns what they find, storing nothing (no alert, score or
     * event): {@code evaluate} compares the detectors with and without entity resolution this way.
     *
     * @param resolveEntities whether the detectors see the members of a resolved entity as one party
     */
    java.util.List<AlertView> detect(boolean resolveEntities);

    /** Alerts of the latest scan, highest score first. */
    FraudPage<AlertView> alerts(AlertQuery query);

    AlertView alert(String id);

    /** Rings of the latest scan, highest score first. */
    FraudPage<RingView> rings(double minScore, int page, int size);

    /** The triage queue: claims by suspicion score, highest first. */
    default FraudPage<ClaimScoreView> claimScores(double minScore, int page, int size) {
        return claimScores(new ClaimScoreQuery(minScore, null, null, page, size));
    }

    /** The triage queue filtered by detector kind and insurer. */
    FraudPage<ClaimScoreView> claimScores(ClaimScoreQuery query);

    /**
     * REPEAT_CLAIM's pairs as the graph stands now, without a scan: every pair and rule, ordered
     * by the claim ids; nothing is stored.
     */
    FraudPage<RepeatClaimPairView> repeatClaimPairs(int page, int size);

    /** The finished scans, newest first, with their alert counts by kind. */
    FraudPage<ScanRecordView> scans(int page, int size);

    CaseView openCase(CaseRequest request, String actor);

    CaseView findCase(String id);

    FraudPage<CaseView> cases(CaseStatus status, int page, int size);

    CaseView assign(String id, AssignmentRequest request, String actor);

    CaseView addNote(String id, NoteRequest request, String actor);

    CaseView link(String id, CaseLinkRequest request, String actor);

    /** Attaches an alert, ring, claim or party to an open case (idempotent). */
    CaseView attach(String id, CaseItemRequest request, String actor);

    /**
     * Removes an alert, ring, claim or party attached to an open case after its opening, and notes
     * who removed what and when; what the case was opened on stays ({@link CaseOriginNotRemovable}).
     */
    CaseView detach(String id, CaseItemKind kind, String itemId, String actor);

    /**
     * Closes a case; confirming marks its claims (those its alerts name and those attached) FRAUD and
     * publishes {@link FraudConfirmed} with them and the parties (named and attached).
     */
    CaseView close(String id, ClosureRequest request, String actor);

    SanctionProposalView sanctionProposal(String id);
}
