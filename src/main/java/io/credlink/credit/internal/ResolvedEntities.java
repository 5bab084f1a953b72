package io.credlink.credit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved entities of more than one party (entity resolution's {@code resolvedId}), as a
 * recomputation saw them when it began: scoring counts an entity's facts once for all its members
 * and the network part treats the members as one node. A party alone is its own only member.
 */
final class ResolvedEntities {

    static final ResolvedEntities NONE = new ResolvedEntities(List.of());

    /** Every member of a multi-member entity to the entity's members, sorted (the first is the resolved id). */
    private final Map<String, List<String>> members = new HashMap<>();

    ResolvedEntities(Collection<List<String>> entities) {
        for (List<String> entity : entities) {
            if (entity.size() < 2) {
                continue;
            }
            List<String> sorted = List.copyOf(new java.util.TreeSet<>(entity));
            sorted.forEach(id -> members.put(id, sorted));
        }
    }

    /** The members of {@code id}'s entity, smallest id first ({@code id} alone when it has no other). */
    List<String> members(String id) {
        return members.getOrDefault(id, List.of(id));
    }

    /** The entity's resolved id: its smallest member. */
    String resolvedId(String id) {
        return members(id).get(0);
    }

    boolean together(String a, String b) {
        return a.equals(b) || members(a).contains(b);
    }

    boolean hasOthers(String id) {
        return members.containsKey(id);
    }

    /** These ids and every other member of their entities. */
    Set<String> withMembers(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>(ids);
        for (String id : ids) {
            out.addAll(members(id));
        }
        return out;
    }

    /** How many entities of more than one party. */
    int size() {
        return (int) members.values().stream().distinct().count();
    }

    List<List<String>> all() {
        return new ArrayList<>(new LinkedHashSet<>(members.values()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedEntities other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }
}
