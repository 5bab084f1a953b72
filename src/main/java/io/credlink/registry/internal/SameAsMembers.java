package io.credlink.registry.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.credlink.access.CurrentUser;
import io.credlink.access.EntityVisibility;
import io.credlink.registry.EdgeView;
import io.credlink.registry.ResolutionLookup;

/**
 * What an INSURER's network may show of resolved entities (docs/security.md, "Insurer scoping"):
 * a "same as" link is derived from personal data (id numbers, phones), so it is kept only when the
 * insurer sees both of its parties in full ({@link EntityVisibility}), as search keeps an
 * identifier's holders only when it sees them. Without the link, a member at another insurer is
 * no neighbour, and neither is what was reached only through it: the drawing keeps what is still
 * within the depth of the root over the kept relationships.
 */
final class SameAsMembers {

    record Network(Set<String> nodeIds, List<EdgeView> edges, int depthReached) {
    }

    private SameAsMembers() {
    }

    static Network hiddenFrom(CurrentUser insurer, EntityVisibility visibility, String rootId, int depth,
            Map<String, ?> nodes, List<EdgeView> edges) {
        Set<String> ends = new LinkedHashSet<>();
        for (EdgeView e : edges) {
            if (sameAs(e)) {
                ends.add(e.source());
                ends.add(e.target());
            }
        }
        if (ends.isEmpty()) {
            return new Network(nodes.keySet(), edges, depth);
        }
        Set<String> visible = visibility.visible(insurer, ends);
        List<EdgeView> kept = edges.stream()
                .filter(e -> !sameAs(e) || visible.contains(e.source()) && visible.contains(e.target())).toList();
        if (kept.size() == edges.size()) {
            return new Network(nodes.keySet(), edges, depth);
        }
        Map<String, Integer> hops = within(rootId, depth, kept);
        List<EdgeView> among = kept.stream()
                .filter(e -> hops.containsKey(e.source()) && hops.containsKey(e.target())).toList();
        int deepest = hops.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Network(hops.keySet(), among, deepest);
    }

    private static boolean sameAs(EdgeView e) {
        return ResolutionLookup.SAME_AS.equals(e.type());
    }

    /** Hops from the root to every node within depth, over the relationships (either direction). */
    private static Map<String, Integer> within(String rootId, int depth, Collection<EdgeView> edges) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (EdgeView e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<String, Integer> hops = new HashMap<>();
        hops.put(rootId, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(rootId));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = hops.get(id);
            if (d == depth) {
                continue;
            }
            for (String next : adjacent.getOrDefault(id, List.of())) {
                if (!hops.containsKey(next)) {
                    hops.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        return hops;
    }
}
