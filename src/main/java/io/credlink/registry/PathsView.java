package io.credlink.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * All shortest paths between two entities (up to pathLimit), in a deterministic order.
 *
 * @param from              start entity id
 * @param to                end entity id
 * @param maxHops           the longest path looked for
 * @param asOf              the date time-bounded relationships were filtered by
 * @param length            hops of the shortest paths, null when none within maxHops
 * @param paths             each path as its node ids from {@code from} to {@code to}
 * @param details           the same paths with node types, labels and relationship types
 * @param truncated         true when there are more shortest paths than pathLimit
 * @param pathLimit         the cap on the number of paths
 * @param searchLimitReached true when the search stopped at its expansion budget (hubs): an
 *                          empty answer is then not proof that no path exists
 */
public record PathsView(String from, String to, int maxHops, LocalDate asOf, Integer length, List<List<String>> paths,
        List<PathView> details, boolean truncated, int pathLimit, boolean searchLimitReached) {
}
