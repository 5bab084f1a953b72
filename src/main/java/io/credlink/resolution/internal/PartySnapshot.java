package io.credlink.resolution.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every party's standard form, blocking keys, term frequencies and resolved id as of the last run,
 * kept in memory so that an import's run reads only the parties the import touched: their blocks
 * are looked up here instead of streaming the graph again. A party keeps its index for the
 * snapshot's life; an import's new parties are appended.
 */
final class PartySnapshot {

    private final List<StandardParty> parties;
    private final List<String> resolvedIds;
    private final Map<String, Integer> index;
    private long[] keys;
    private final TermFrequencies tf;

    PartySnapshot(StandardParty[] parties, String[] resolvedIds, long[] keys, TermFrequencies tf) {
        this.parties = new ArrayList<>(Arrays.asList(parties));
        this.resolvedIds = new ArrayList<>(Arrays.asList(resolvedIds));
        this.index = new HashMap<>(parties.length * 2);
        for (int i = 0; i < parties.length; i++) {
            index.put(parties[i].id(), i);
        }
        this.keys = keys;
        this.tf = tf;
    }

    int size() {
        return parties.size();
    }

    Integer indexOf(String id) {
        return index.get(id);
    }

    StandardParty party(int i) {
        return parties.get(i);
    }

    String resolvedId(int i) {
        return resolvedIds.get(i);
    }

    void resolvedId(int i, String resolvedId) {
        resolvedIds.set(i, resolvedId);
    }

    long[] keys() {
        return keys;
    }

    TermFrequencies termFrequencies() {
        return tf;
    }

    StandardParty[] parties() {
        return parties.toArray(StandardParty[]::new);
    }

    /**
     * Puts the new versions of these parties in (appending the new ones) and returns their
     * indexes; keys and term frequencies follow.
     */
    int[] replace(List<StandardParty> versions, Map<String, String> storedResolvedIds) {
        int[] at = new int[versions.size()];
        for (int j = 0; j < at.length; j++) {
            StandardParty p = versions.get(j);
            Integer i = index.get(p.id());
            if (i == null) {
                i = parties.size();
                parties.add(p);
                resolvedIds.add(storedResolvedIds.getOrDefault(p.id(), p.id()));
                index.put(p.id(), i);
            } else {
                tf.add(parties.get(i), -1);
                parties.set(i, p);
            }
            tf.add(p, 1);
            at[j] = i;
        }
        keys = Blocking.replaceKeys(keys, at, versions.toArray(StandardParty[]::new));
        return at;
    }

    /** The indexes of every party whose resolved id is one of these. */
    List<Integer> membersOf(java.util.Set<String> ids) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < resolvedIds.size(); i++) {
            if (ids.contains(resolvedIds.get(i))) {
                out.add(i);
            }
        }
        return out;
    }
}
