package io.credlink.access;

/**
 * Special-approval queries: an INSURER asks (with a purpose), a REGULATOR approves or rejects,
 * an approval lasts {@code credlink.security.access-request-validity}. Every step is in the
 * audit trail. Approvals belong to the insurer (its {@code orgId}), not to one user.
 */
public interface AccessRequestService {

    /**
     * Files a request of the signed-in INSURER.
     *
     * @throws InvalidInput (400) the entity does not exist
     */
    AccessRequestView request(CurrentUser insurer, AccessRequestCreate request);

    /**
     * Approves or rejects a pending request.
     *
     * @throws AccessRequestNotFound        (404)
     * @throws AccessRequestAlreadyDecided (409) it is not pending
     */
    AccessRequestView decide(CurrentUser regulator, String id, AccessDecision decision);

    /** Requests by newest: all (optionally in one status) for REGULATOR/ADMIN, its own for an INSURER. */
    AccessRequestPage list(CurrentUser user, AccessRequestStatus status, int page, int size);

    /** @throws AccessRequestNotFound (404), also for another insurer's request */
    AccessRequestView get(CurrentUser user, String id);

    /** Whether the insurer holds an approved, unexpired request of this scope for this entity. */
    boolean granted(String orgId, String entityId, AccessScope scope);
}
