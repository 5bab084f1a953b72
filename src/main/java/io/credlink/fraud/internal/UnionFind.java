package io.credlink.fraud.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Disjoint sets of string ids; the representative of a set is its smallest id. */
final class UnionFind {

    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
        String p = parent.computeIfAbsent(x, k -> k);
        if (p.equals(x)) {
            return x;
        }
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }

    Set<String> elements() {
        return parent.keySet();
    }
}
