package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.sanction.PropagationView;

/**
 * The propagation of a recorded sanction from the {@link RestrictionsProjection} while it is
 * current: the projection holds every sanction's propagation by interval of days (its measures,
 * with the reached parties' types and names, and its hub cuts), computed by propagation itself, so
 * only the sanction's facts are read ({@code findSanctionFacts.cypher}, one query: its standing
 * and dispute are live) instead of one query per hop of each rule. While the projection is stale,
 * or when it changes during the read, propagation runs as before.
 */
@Component
class ProjectedPropagation {

    private final Driver driver;
    private final RestrictionsProjection projection;
    private final PropagationEngine engine;
    private final ResolvedEntities entities;
    private final String findSanctionFacts;

    ProjectedPropagation(Driver driver, RestrictionsProjection projection, PropagationEngine engine,
            ResolvedEntities entities, CypherCatalog catalog) {
        this.driver = driver;
        this.projection = projection;
        this.engine = engine;
        this.entities = entities;
        this.findSanctionFacts = catalog.get("sanction/findSanctionFacts");
    }

    /** A sanction read with the resolved entity of its subject. */
    private record Subject(SanctionFacts facts, ResolvedEntities.Entity entity) {
    }

    /** The measures a recorded sanction sets off on {@code asOf}; empty when no sanction has the id. */
    Optional<PropagationView> propagate(String sanctionId, LocalDate asOf) {
        RestrictionsProjection.Snapshot snapshot = projection.serving();
        if (snapshot == null) {
            return engine.propagate(sanctionId, asOf);
        }
        Optional<Subject> read;
        try (Session session = driver.session(GraphSessions.read(driver))) {
            read = session.executeRead(tx -> tx.run(findSanctionFacts, Map.of("id", sanctionId)).list().stream()
                    .findFirst().map(PropagationEngine::facts)
                    .map(s -> new Subject(s, entities.of(tx, s.subjectId(), s.subjectType(), s.subjectName()))));
        }
        if (read.isEmpty()) {
            return projection.serves(snapshot) ? Optional.empty() : engine.propagate(sanctionId, asOf);
        }
        SanctionFacts s = read.get().facts();
        ResolvedEntities.Entity entity = read.get().entity();
        PropagationView view = PropagationEngine.view(s, entity, asOf, RestrictionsProjection.affected(snapshot, s, asOf),
                RestrictionsProjection.truncated(snapshot, s.id(), asOf));
        if (!projection.serves(snapshot) || !projection.holds(snapshot, s, entity)
                || !RestrictionsProjection.projectedWith(snapshot, s.subjectId(), entity.memberIds())) {
            // a change began while we read, or the snapshot does not hold this sanction as it is now
            return engine.propagate(sanctionId, asOf);
        }
        return Optional.of(view);
    }
}
