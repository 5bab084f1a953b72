package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionKind;

/**
 * What restrictions are built from besides the projection, read in one query
 * ({@code findRestrictionFacts.cypher}) for any number of parties: which of them exist with their
 * types and names, the current standing of the sanctions the projection says reach them, and the
 * sanctions in force against them. One Bolt round trip per answer, however many parties and
 * sanctions it covers.
 */
@Component
class RestrictionFacts {

    /**
     * @param members  the parties that exist among those asked, by id
     * @param standing the standing of each sanction asked about that exists, by sanction id
     *                 ({@code sanctionId, effectiveFrom, effectiveTo, withdrawn, disputed})
     * @param inForce  the sanctions in force on the day against any party asked, by sanction id
     */
    record Facts(Map<String, ResolvedEntities.Member> members, Map<String, Value> standing,
            List<InForceSanction> inForce) {
    }

    private final Driver driver;
    private final String findRestrictionFacts;

    RestrictionFacts(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.findRestrictionFacts = catalog.get("sanction/findRestrictionFacts");
    }

    /** The facts of these parties and sanctions on {@code asOf}, in one read transaction and one query. */
    Facts read(Collection<String> partyIds, Collection<String> sanctionIds, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(new java.util.TreeSet<>(partyIds)));
        params.put("sanctionIds", List.copyOf(new java.util.TreeSet<>(sanctionIds)));
        params.put("asOf", asOf);
        Record row;
        try (Session session = driver.session(GraphSessions.read(driver))) {
            row = session.executeRead(tx -> tx.run(findRestrictionFacts, params).single());
        }
        Map<String, ResolvedEntities.Member> members = new LinkedHashMap<>();
        row.get("members").asList(v -> v).forEach(m -> members.put(m.get("id").asString(),
                new ResolvedEntities.Member(m.get("id").asString(), m.get("type").asString(null),
                        m.get("name").asString(null))));
        Map<String, Value> standing = new HashMap<>();
        row.get("standing").asList(v -> v).forEach(v -> standing.put(v.get("sanctionId").asString(), v));
        List<InForceSanction> inForce = row.get("inForce").asList(RestrictionFacts::inForce);
        return new Facts(members, standing, inForce);
    }

    private static InForceSanction inForce(Value r) {
        return new InForceSanction(r.get("sanctionId").asString(), r.get("subjectId").asString(),
                r.get("kind").isNull() ? null : SanctionKind.valueOf(r.get("kind").asString()), r.get("severity").asInt(1),
                r.get("blacklist").asBoolean(), r.get("authority").asString(null), Sanctions.date(r.get("effectiveFrom")),
                Sanctions.date(r.get("effectiveTo")), r.get("disputed").asBoolean());
    }
}
