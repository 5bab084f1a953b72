package io.credlink.registry;

import java.util.List;

/**
 * One path, drawable: its nodes in order and the relationships between consecutive nodes (in
 * their stored direction; two nodes linked by several relationships show all of them).
 */
public record PathView(List<NodeView> nodes, List<EdgeView> edges) {
}
