package io.credlink.registry;

import java.time.LocalDate;

/**
 * The shortest paths between two entities.
 *
 * @param from    start entity id
 * @param to      end entity id
 * @param maxHops longest path to look for, 1..6; null = the configured default
 * @param asOf    date at which time-bounded relationships must be in force; null = today
 */
public record PathsRequest(String from, String to, Integer maxHops, LocalDate asOf) {
}
