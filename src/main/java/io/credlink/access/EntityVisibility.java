package io.credlink.access;

import java.util.Collection;
import java.util.Set;

/**
 * Which entities a user may see in full, with their personal data (docs/security.md, "Insurer
 * scoping"): for other modules that must decide before answering, not only mask afterwards
 * (e.g. which search hits an insurer may learn of).
 */
public interface EntityVisibility {

    /**
     * The subset of {@code ids} the user sees in full: every id for ADMIN, REGULATOR and ANALYST;
     * for an INSURER its own insurer, policies, claims, customers, the parties it holds approved
     * PII requests for and their identifiers; for a SUBJECT its own party and identifiers.
     */
    Set<String> visible(CurrentUser user, Collection<String> ids);
}
