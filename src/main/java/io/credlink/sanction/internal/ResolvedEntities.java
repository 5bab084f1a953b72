package io.credlink.sanction.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.resolution.ResolvedMembers;

/**
 * The resolved entity of a party as propagation, restrictions and the lists use it: the member
 * ids from entity resolution ({@link ResolvedMembers}, from memory; a party alone costs no query),
 * their types and names read in the caller's transaction ({@code findMemberFacts.cypher}).
 */
@Component
class ResolvedEntities {

    private final Driver driver;
    private final ResolvedMembers resolved;
    private final String findMemberFacts;

    ResolvedEntities(Driver driver, ResolvedMembers resolved, CypherCatalog catalog) {
        this.driver = driver;
        this.resolved = resolved;
        this.findMemberFacts = catalog.get("sanction/findMemberFacts");
    }

    /** A member of a resolved entity with its domain type. */
    record Member(String id, String type, String name) {
    }

    /** A party's resolved entity: its id (the smallest member id) and every member by id, the party included. */
    record Entity(String partyId, String resolvedId, List<Member> members) {

        List<String> memberIds() {
            return members.stream().map(Member::id).toList();
        }

        /** The entity of a party alone (resolution has not joined it to anyone). */
        static Entity alone(String id, String type, String name) {
            return new Entity(id, id, List.of(new Member(id, type, name)));
        }
    }

    /** The resolved entity of a party; empty when no party has the id. */
    Optional<Entity> find(String partyId) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> Optional.ofNullable(find(tx, List.of(partyId)).get(partyId)));
        }
    }

    /** The resolved entities of these parties, their members' types and names in one query; unknown ids are left out. */
    Map<String, Entity> find(TransactionContext tx, Collection<String> partyIds) {
        return entities(tx, resolved.members(partyIds), partyIds);
    }

    /** The resolved entities of more than one member among these parties, by party id: the others are alone. */
    Map<String, Entity> groups(TransactionContext tx, Collection<String> partyIds) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        resolved.members(partyIds).forEach((id, members) -> {
            if (members.size() > 1) {
                groups.put(id, members);
            }
        });
        return groups.isEmpty() ? Map.of() : entities(tx, groups, groups.keySet());
    }

    /** Every member id of the resolved entity of each party, from resolution's index (a party alone: itself). */
    Map<String, List<String>> memberIds(Collection<String> partyIds) {
        return resolved.members(partyIds);
    }

    /**
     * The resolved entity of a party whose type and name are known (a sanction's subject): a party
     * alone, the common case, costs no query; the members of a larger entity are read in {@code tx}.
     */
    Entity of(TransactionContext tx, String partyId, String type, String name) {
        List<String> members = resolved.members(List.of(partyId)).getOrDefault(partyId, List.of(partyId));
        if (members.size() <= 1) {
            return Entity.alone(partyId, type, name);
        }
        return entities(tx, Map.of(partyId, members), List.of(partyId)).getOrDefault(partyId,
                Entity.alone(partyId, type, name));
    }

    /** These ids and every other member of their resolved entities, distinct and sorted. */
    List<String> withMembers(Collection<String> partyIds) {
        TreeSet<String> out = new TreeSet<>(partyIds);
        resolved.members(partyIds).values().forEach(out::addAll);
        return List.copyOf(out);
    }

    private Map<String, Entity> entities(TransactionContext tx, Map<String, List<String>> members, Collection<String> ids) {
        TreeSet<String> all = new TreeSet<>();
        members.values().forEach(all::addAll);
        Map<String, Member> facts = new LinkedHashMap<>();
        tx.run(findMemberFacts, Map.of("ids", List.copyOf(all))).forEachRemaining(r -> facts.put(r.get("id").asString(),
                new Member(r.get("id").asString(), r.get("type").asString(null), r.get("name").asString(null))));
        Map<String, Entity> out = new LinkedHashMap<>();
        for (String id : ids) {
            List<String> memberIds = members.getOrDefault(id, List.of(id));
            if (!facts.containsKey(id)) {
                continue;
            }
            List<Member> list = new ArrayList<>();
            memberIds.forEach(m -> Optional.ofNullable(facts.get(m)).ifPresent(list::add));
            out.put(id, new Entity(id, memberIds.get(0), List.copyOf(list)));
        }
        return out;
    }
}
