package io.credlink.registry;

import java.util.Optional;

/**
 * Where the registry gets the credit summary shown with an entity. The registry does not
 * compute credit: the credit module provides a bean of this type. Until one exists the
 * registry answers {@code credit: null}; the dependency is optional so the registry does not
 * depend on the credit module (which already reads the registry's API).
 */
public interface CreditLookup {

    /** The current score and grade of the entity, empty when it has none (e.g. a claim). */
    Optional<CreditSummary> find(String entityId);
}
