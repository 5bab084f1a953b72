package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.RestrictionsView;

/**
 * Restrictions of one or many parties, each a resolved entity, in one Bolt round trip while the
 * {@link RestrictionsProjection} is current: the members come from resolution's index in memory,
 * the measures from the projection, and the rest (which parties exist, their types and names, the
 * standing of the projection's sanctions, the sanctions in force) from one query
 * ({@link RestrictionFacts}). The parties a set of sanctions reaches come from the projection in
 * the same way. While the projection is stale, or when it changes during the read, measures and
 * reach are computed live by propagation, as before.
 */
@Component
class RestrictionReads {

    private final ResolvedEntities entities;
    private final RestrictionsProjection projection;
    private final RestrictionFacts facts;
    private final PropagationEngine engine;
    private final Driver driver;
    private final String listNewlyInForce;

    RestrictionReads(ResolvedEntities entities, RestrictionsProjection projection, RestrictionFacts facts,
            PropagationEngine engine, Driver driver, CypherCatalog catalog) {
        this.entities = entities;
        this.projection = projection;
        this.facts = facts;
        this.engine = engine;
        this.driver = driver;
        this.listNewlyInForce = catalog.get("sanction/listNewlyInForce");
    }

    /**
     * The parties the propagation of these sanctions reaches on {@code asOf}: while the projection is
     * current, from its entries and one query for the sanctions' standing (those not in force then
     * reach nobody, as in propagation), else by propagating each sanction.
     */
    Set<String> reached(Collection<String> sanctionIds, LocalDate asOf) {
        if (sanctionIds.isEmpty()) {
            return Set.of();
        }
        RestrictionsProjection.Snapshot snapshot = projection.serving();
        if (snapshot != null) {
            RestrictionFacts.Facts read = facts.read(List.of(), sanctionIds, asOf);
            List<String> inForce = read.standing().values().stream()
                    .filter(v -> InForceSanction.holdsOn(Sanctions.date(v.get("effectiveFrom")),
                            Sanctions.date(v.get("effectiveTo")), v.get("withdrawn").asBoolean(), asOf))
                    .map(v -> v.get("sanctionId").asString()).toList();
            Set<String> reached = RestrictionsProjection.reached(snapshot, inForce, asOf);
            if (projection.serves(snapshot)) {
                return reached;
            }
        }
        return engine.reached(sanctionIds, asOf);
    }

    /**
     * The parties reached on {@code day} by the sanctions in force then but not on {@code since}
     * (null: by every sanction in force on {@code day}): one query for those sanctions, then the
     * projection while it is current, else propagation.
     */
    Set<String> reachedByNewlyInForce(LocalDate day, LocalDate since) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        params.put("since", since);
        List<String> newly;
        try (Session session = driver.session(GraphSessions.read(driver))) {
            newly = session.executeRead(tx -> tx.run(listNewlyInForce, params).list(r -> r.get("sanctionId").asString()));
        }
        if (newly.isEmpty()) {
            return Set.of();
        }
        RestrictionsProjection.Snapshot snapshot = projection.serving();
        if (snapshot != null) {
            Set<String> reached = RestrictionsProjection.reached(snapshot, newly, day);
            if (projection.serves(snapshot)) {
                return reached;
            }
        }
        return engine.reached(newly, day);
    }

    /** The restrictions of each of these parties on {@code asOf}, by party id; an id that is no party is left out. */
    Map<String, RestrictionsView> read(Collection<String> entityIds, LocalDate asOf) {
        Set<String> asked = new LinkedHashSet<>(entityIds);
        Map<String, List<String>> members = entities.memberIds(asked);
        Set<String> parties = new TreeSet<>();
        asked.forEach(id -> parties.addAll(members.getOrDefault(id, List.of(id))));
        RestrictionsProjection.Snapshot snapshot = projection.serving();
        Set<String> sanctionIds = new TreeSet<>();
        if (snapshot != null) {
            // every entry of every member, whatever its order: the sanctions whose standing to read
            for (String party : parties) {
                snapshot.byParty().getOrDefault(party, List.of()).stream().filter(e -> e.covers(asOf))
                        .forEach(e -> sanctionIds.add(e.sanctionId()));
            }
        }
        RestrictionFacts.Facts read = facts.read(parties, sanctionIds, asOf);
        boolean served = snapshot != null && projection.serves(snapshot);
        Map<String, RestrictionsView> out = new LinkedHashMap<>();
        for (String id : asked) {
            if (!read.members().containsKey(id)) {
                continue;
            }
            List<String> memberIds = members.getOrDefault(id, List.of(id));
            List<ResolvedEntities.Member> known = new ArrayList<>();
            memberIds.forEach(m -> {
                ResolvedEntities.Member member = read.members().get(m);
                if (member != null) {
                    known.add(member);
                }
            });
            ResolvedEntities.Entity entity = new ResolvedEntities.Entity(id, memberIds.get(0), List.copyOf(known));
            List<RestrictionsView.Restriction> restrictions = served
                    ? RestrictionsProjection.inForce(RestrictionsProjection.entries(snapshot, entity, asOf), read.standing(),
                            asOf)
                    : engine.liveRestrictions(entity, asOf);
            Set<String> on = Set.copyOf(entity.memberIds());
            List<InForceSanction> active = read.inForce().stream().filter(s -> on.contains(s.subjectId())).toList();
            out.put(id, new RestrictionsView(id, asOf, restrictions, entity.resolvedId(),
                    active.stream().anyMatch(InForceSanction::blacklist), active));
        }
        return out;
    }
}
