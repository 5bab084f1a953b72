package io.credlink.fraud.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted party-party linkage of ring detection, summed in Java from two streamed reads
 * (identifier holders, and the people on each claim, which the claim graph loads anyway) instead
 * of one Cypher aggregation over every pair of nodes (what made RING slow at scale 100), and its
 * connected groups by union-find. Parties are dense indexes 0..n-1 in order of first appearance,
 * so the same reads always give the same indexes, links and groups.
 */
final class PartyLinks {

    private final Map<String, Integer> index = new HashMap<>();
    final List<String> ids = new ArrayList<>();
    private final LongDoubleMap weights = new LongDoubleMap(1 << 16);
    private int[] sources = new int[0];
    private int[] targets = new int[0];
    private double[] linkWeights = new double[0];
    private int links;

    int party(String id) {
        Integer i = index.get(id);
        if (i != null) {
            return i;
        }
        ids.add(id);
        index.put(id, ids.size() - 1);
        return ids.size() - 1;
    }

    /** -1 when the party was never added. */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /**
     * One identifier: every two different holders are linked by {@code weight}. Holders may repeat
     * (one row per HAS_IDENTIFIER), as the pairs of the relationships were counted before.
     */
    void addIdentifier(List<String> holderIds, double weight) {
        int[] holders = new int[holderIds.size()];
        for (int k = 0; k < holders.length; k++) {
            holders[k] = party(holderIds.get(k));
        }
        addPairs(holders, weight);
    }

    /** The distinct people of one claim (by index), each pair linked by 1 / (n - 1). */
    void addClaim(int[] people) {
        if (people.length >= 2) {
            addPairs(people, 1.0 / (people.length - 1));
        }
    }

    private void addPairs(int[] members, double weight) {
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                int a = members[x];
                int b = members[y];
                if (a != b) {
                    weights.add(key(Math.min(a, b), Math.max(a, b)), weight);
                }
            }
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Keeps the links of at least {@code minWeight}, ordered by (source, target) index. */
    void keepLinks(double minWeight) {
        long[] keys = weights.keysWithValueAtLeast(minWeight);
        Arrays.sort(keys);
        sources = new int[keys.length];
        targets = new int[keys.length];
        linkWeights = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            sources[k] = (int) (keys[k] >>> 32);
            targets[k] = (int) keys[k];
            linkWeights[k] = weights.get(keys[k]);
        }
        links = keys.length;
    }

    int links() {
        return links;
    }

    int source(int link) {
        return sources[link];
    }

    int target(int link) {
        return targets[link];
    }

    double weight(int link) {
        return linkWeights[link];
    }

    /**
     * Connected groups of the kept links (what GDS WCC gave on the projected graph): each group's
     * member indexes, groups ordered by their smallest member. Parties without a kept link are in
     * no group.
     */
    List<int[]> groups() {
        int n = ids.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] linked = new boolean[n];
        for (int k = 0; k < links; k++) {
            linked[sources[k]] = true;
            linked[targets[k]] = true;
            int ra = root(parent, sources[k]);
            int rb = root(parent, targets[k]);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            if (linked[i]) {
                size[root(parent, i)]++;
            }
        }
        int[][] members = new int[n][];
        int[] fill = new int[n];
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!linked[i]) {
                continue;
            }
            int r = root(parent, i);
            if (members[r] == null) {
                members[r] = new int[size[r]];
                out.add(members[r]); // the root is the smallest member, met first
            }
            members[r][fill[r]++] = i;
        }
        return out;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Open-addressing map from a non-negative long key to a summed double (no boxing per pair). */
    static final class LongDoubleMap {
        private long[] keys;
        private double[] values;
        private boolean[] used;
        private int size;

        LongDoubleMap(int capacity) {
            keys = new long[capacity];
            values = new double[capacity];
            used = new boolean[capacity];
        }

        void add(long key, double value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
            }
            values[slot] += value;
        }

        double get(long key) {
            int slot = slot(key, keys.length);
            while (used[slot]) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        long[] keysWithValueAtLeast(double min) {
            long[] out = new long[size];
            int n = 0;
            for (int s = 0; s < keys.length; s++) {
                if (used[s] && values[s] >= min) {
                    out[n++] = keys[s];
                }
            }
            return Arrays.copyOf(out, n);
        }

        int size() {
            return size;
        }

        private static int slot(long key, int capacity) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & (capacity - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldUsed[s]) {
                    int slot = slot(oldKeys[s], keys.length);
                    while (used[slot]) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    used[slot] = true;
                    keys[slot] = oldKeys[s];
                    values[slot] = oldValues[s];
                }
            }
        }
    }
}
