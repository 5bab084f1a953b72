package io.credlink.sanction.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.FeedbackAction;
import io.credlink.sanction.MeasureFeedbackView;

/** Measure feedback in the graph (label :MeasureFeedback, not :Entity) over named Cypher. */
@Component
class FeedbackStore {

    private final Driver driver;
    private final String create;
    private final String findByKey;
    private final String list;

    FeedbackStore(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.create = catalog.get("sanction/createMeasureFeedback");
        this.findByKey = catalog.get("sanction/findMeasureFeedback");
        this.list = catalog.get("sanction/listMeasureFeedback");
    }

    /** A feedback row with the type and name of the party it is about. */
    record Row(MeasureFeedbackView view, String entityType, String name) {
    }

    enum Outcome { CREATED, DUPLICATE, GONE }

    Outcome create(Map<String, Object> row) {
        try (Session session = driver.session(GraphSessions.write(driver))) {
            boolean created = session.executeWrite(tx -> !tx.run(create, Values.value(Map.of("row", row))).list().isEmpty());
            return created ? Outcome.CREATED : Outcome.GONE;
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }

    Optional<MeasureFeedbackView> byKey(String key) {
        return read(findByKey, Map.of("key", key)).stream().findFirst().map(r -> row(r).view());
    }

    List<Row> bySanction(String sanctionId) {
        return read(list, Map.of("sanctionId", sanctionId)).stream().map(FeedbackStore::row).toList();
    }

    private List<Record> read(String query, Map<String, Object> params) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(query, new HashMap<>(params)).list());
        }
    }

    private static Row row(Record r) {
        MeasureFeedbackView v = new MeasureFeedbackView(r.get("id").asString(), r.get("sanctionId").asString(),
                r.get("entityId").asString(), r.get("measure").asString(), r.get("rule").asString(null),
                FeedbackAction.valueOf(r.get("action").asString()), Sanctions.date(r.get("date")),
                r.get("note").asString(null), r.get("implementedBy").asString(null), r.get("recordedBy").asString(null),
                ObjectionStore.time(r.get("recordedAt")));
        return new Row(v, r.get("entityType").asString(null), r.get("name").asString(null));
    }
}
