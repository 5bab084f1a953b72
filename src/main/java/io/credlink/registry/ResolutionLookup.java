package io.credlink.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What search and the network view ask entity resolution: the parties an id number or credit
 * code denotes in any written form, the members of resolved entities and the links between them.
 * The resolution module provides the bean (it depends on the registry, not the other way round);
 * without one, search has neither and the network shows no evidence.
 */
public interface ResolutionLookup {

    /** The relationship type of resolution's links between parties in the entity graph. */
    String SAME_AS = "SAME_AS";

    /** Parties whose id number or credit code is {@code q} in any written form (15/18 digits, x/X). */
    List<String> partiesByIdNumber(String q);

    /**
     * Every member of the resolved entity of each party (itself included, sorted), by party id; a
     * party alone, or an id that is no party, maps to itself. Answered from memory while no
     * resolution write is in progress (it is on the path of every counterparty check).
     */
    Map<String, List<String>> members(List<String> partyIds);

    /** The "same as" links between two of these parties, with their score, decision and evidence. */
    List<SameAsLink> links(Collection<String> partyIds);
}
