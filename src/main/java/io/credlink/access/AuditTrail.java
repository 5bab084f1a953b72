package io.credlink.access;

/**
 * The append-only audit trail (:AuditEntry nodes; never updated or deleted). Every call under
 * {@code /api/} is recorded by the access module on its own, one entry per entity id the call
 * names (path variables, the {@code from}/{@code to}/{@code entityId}/{@code id} parameters, and
 * {@code ids}/{@code entityId}/{@code subjectId}/{@code partyId} of a JSON body). Entries are
 * written by group commit: a call's entries are committed before its answer is released (many
 * concurrent calls share one write transaction); {@link #flush()} waits for what was recorded so far.
 */
public interface AuditTrail {

    /** "Who looked at this person": the entries about one entity, newest first. */
    AuditPage about(String entityId, int page, int size);

    /** Entries by any combination of entity, user and time window, newest first. */
    AuditPage search(AuditQuery query);

    /**
     * Appends an entry for the signed-in user of the current request and waits until it is
     * committed (nothing outside a request).
     */
    void record(AuditEvent event);

    /**
     * Appends an entry on behalf of a user outside any request (e.g. a webhook delivered for the
     * owner of a subscription) and waits until it is committed.
     *
     * @param status the outcome as an HTTP status (the receiver's answer, 0 when there was none)
     */
    void recordAs(CurrentUser actor, AuditEvent event, String purpose, int status);

    /** Waits until every entry recorded before this call is stored (bounded wait). */
    void flush();
}
