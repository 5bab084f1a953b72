package io.credlink.resolution;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The members of resolved entities, for the modules that treat an entity as one party
 * (propagation, restrictions, checks). Resolution is the only writer of {@code resolvedId} and
 * answers from memory while no write of it is pending or unseen, else from the graph: the answer
 * is always the committed one. A party alone (the common case) costs no query.
 */
public interface ResolvedMembers {

    /**
     * Every member id of the resolved entity of each party, the party included, sorted (the first
     * is the entity's id); a party alone, or an id that is no party, maps to itself alone.
     */
    Map<String, List<String>> members(Collection<String> partyIds);
}
