package io.credlink.registry;

import java.time.LocalDate;

/**
 * The neighbourhood of an entity.
 *
 * @param id    the entity at the centre
 * @param depth hops to expand, 1..4
 * @param asOf  date at which time-bounded relationships must be in force; null = today
 */
public record NetworkRequest(String id, int depth, LocalDate asOf) {
}
