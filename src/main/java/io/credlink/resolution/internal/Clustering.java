package io.credlink.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolved entities: connected components of the joining links (CONFIRMED first, then MATCH by
 * descending score) by union–find, where a union that would put two parties a person marked
 * DIFFERENT into one component is refused — directly or through others. Each component keeps
 * the set of parties it must never contain; a union checks the smaller set against the other
 * component (cannot-links are few: person decisions).
 */
public final class Clustering {

    private final int[] parent;
    private final int[] size;
    private final Map<Integer, Set<Integer>> cannot = new HashMap<>();
    /** The valid id number or credit code of each component's members, by root (null: none known). */
    private String[] identity;

    public Clustering(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /**
     * The valid id number or credit code of each party (null when it has none): an automatic
     * union never puts two different ones into one component, directly or through others (a
     * duplicate with a mistyped number must not bridge two people of one household).
     */
    public void identities(String[] validIdentities) {
        identity = validIdentities.clone();
    }

    /** Records that {@code a} and {@code b} are different (before any union). */
    public void cannotLink(int a, int b) {
        cannot.computeIfAbsent(find(a), k -> new HashSet<>()).add(b);
        cannot.computeIfAbsent(find(b), k -> new HashSet<>()).add(a);
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * Joins the components of a and b unless a cannot-link forbids it or (for an automatic link)
     * they hold different valid numbers; true when they are (now) one.
     */
    public boolean union(int a, int b) {
        return union(a, b, false);
    }

    /** @param confirmed a person said SAME: different numbers do not stop it, cannot-links do */
    public boolean union(int a, int b, boolean confirmed) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        String ia = identity == null ? null : identity[ra];
        String ib = identity == null ? null : identity[rb];
        if (!confirmed && ia != null && ib != null && !ia.equals(ib)) {
            return false;
        }
        Set<Integer> ca = cannot.get(ra);
        Set<Integer> cb = cannot.get(rb);
        if (ca != null && cb != null && ca.size() > cb.size() || ca == null && cb != null) {
            int t = ra;
            ra = rb;
            rb = t;
            Set<Integer> ts = ca;
            ca = cb;
            cb = ts;
        }
        if (ca != null) {
            for (int x : ca) {
                if (find(x) == rb) {
                    return false;
                }
            }
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (identity != null && identity[ra] == null) {
            identity[ra] = identity[rb];
        }
        Set<Integer> merged = null;
        Set<Integer> sa = cannot.remove(ra);
        Set<Integer> sb = cannot.remove(rb);
        if (sa != null || sb != null) {
            merged = sa == null ? sb : sa;
            if (sa != null && sb != null) {
                if (sa.size() < sb.size()) {
                    sb.addAll(sa);
                    merged = sb;
                } else {
                    sa.addAll(sb);
                }
            }
            cannot.put(ra, merged);
        }
        return true;
    }

    /**
     * The resolved id of every party: the smallest member id of its component (deterministic,
     * and a party alone is its own).
     */
    public String[] resolvedIds(String[] ids) {
        int n = ids.length;
        String[] smallest = new String[n];
        for (int i = 0; i < n; i++) {
            int r = find(i);
            if (smallest[r] == null || ids[i].compareTo(smallest[r]) < 0) {
                smallest[r] = ids[i];
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = smallest[find(i)];
        }
        return out;
    }

    /** Components with more than one member, as lists of indexes (tests, statistics). */
    public List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        return byRoot.values().stream().filter(g -> g.size() > 1).toList();
    }
}
