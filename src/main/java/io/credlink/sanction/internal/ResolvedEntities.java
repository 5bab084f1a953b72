package io.credlink.sanction.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;

/**
 * The resolved entity of a party, read from entity resolution's read view ({@code resolvedId} on
 * the parties, {@code cypher/sanction/findMembers.cypher}): propagation, restrictions and the lists
 * treat its members as one party. Read live, so a resolution run or decision is seen at once.
 */
@Component
class ResolvedEntities {

    private final Driver driver;
    private final String findMembers;

    ResolvedEntities(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.findMembers = catalog.get("sanction/findMembers");
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
        try (Session session = driver.session()) {
            return session.executeRead(tx -> Optional.ofNullable(find(tx, List.of(partyId)).get(partyId)));
        }
    }

    /** The resolved entities of these parties, in one query; unknown ids are left out. */
    Map<String, Entity> find(TransactionContext tx, Collection<String> partyIds) {
        Map<String, Entity> out = new LinkedHashMap<>();
        tx.run(findMembers, Map.of("ids", List.copyOf(partyIds))).forEachRemaining(r -> out.put(r.get("id").asString(),
                new Entity(r.get("id").asString(), r.get("resolvedId").asString(), r.get("members").asList(ResolvedEntities::member))));
        return out;
    }

    private static Member member(Value v) {
        return new Member(v.get("id").asString(), v.get("type").asString(null), v.get("name").asString(null));
    }
}
