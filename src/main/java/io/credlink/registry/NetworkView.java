package io.credlink.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The neighbourhood of an entity, expanded breadth-first.
 *
 * @param rootId      the entity at the centre
 * @param depth       the depth asked for
 * @param depthReached the deepest level that contributed nodes (less than depth when the
 *                    neighbourhood ends earlier or the node cap stopped the expansion)
 * @param asOf        the date time-bounded relationships were filtered by
 * @param truncated   true when more nodes were within reach than nodeLimit allows
 * @param nodeLimit   the cap on the number of nodes
 * @param nodes       the root first, then level by level, each level ordered by id
 * @param edges       every relationship in force between two returned nodes
 */
public record NetworkView(String rootId, int depth, int depthReached, LocalDate asOf, boolean truncated, int nodeLimit,
        List<NodeView> nodes, List<EdgeView> edges) {
}
