package io.credlink.resolution;

/**
 * Entity resolution (API.md "Entity resolution"): which parties are one person or firm. Other
 * modules ask here, never by matching themselves.
 */
public interface ResolutionService {

    /** A full run over every party; writes back only what changed. */
    RunView run();

    /** The run after an import that does not say what it touched: a full run. */
    RunView runAfterImport();

    /**
     * The run after an import: resolves only these parties (new or changed) against all others,
     * with the models of the last full run, and re-clusters only the entities they affect (see
     * docs/resolution.md, "Runs").
     */
    RunView runAfterImport(java.util.List<String> touchedPartyIds);

    /**
     * An INSURER user gets only the candidates it sees in full (docs/security.md, "Insurer scoping").
     *
     * @throws io.credlink.registry.EntityNotFound for an unknown party
     */
    MatchesView matches(String entityId);

    /**
     * An INSURER user gets only the members it sees in full, and the links among them.
     *
     * @throws ResolvedEntityNotFound when no party carries this resolved id (or, for an INSURER, none it sees in full)
     */
    ResolvedView resolved(String resolvedId);

    /** The POSSIBLE pairs, highest score first. */
    ReviewPage reviews(int page, int size);

    /**
     * Records a decision (kept across runs; a later one on the same pair replaces it) and
     * re-clusters the two parties' resolved entities.
     *
     * @throws io.credlink.registry.EntityNotFound when either party is unknown
     * @throws DecisionConflict                    for a SAME that earlier DIFFERENT decisions forbid
     */
    DecisionView decide(DecisionRequest request, String actor);

    /**
     * The decisions taken on pairs with this party (every decision when {@code entityId} is null),
     * latest first, the replaced ones included.
     *
     * @throws io.credlink.registry.EntityNotFound for an unknown party
     */
    DecisionPage decisions(String entityId, int page, int size);

    /** The resolved id of every party, by party id (for evaluation against ground truth). */
    java.util.Map<String, String> resolvedIds();

    /** The resolved id of a party (its own id before any run), empty for an unknown party. */
    java.util.Optional<String> resolvedIdOf(String entityId);
}
