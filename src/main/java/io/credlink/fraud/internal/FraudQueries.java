package io.credlink.fraud.internal;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.TransientRetries;

/** Runs the module's named Cypher: reads as lists or streams, writes in one transaction each. */
@Component
class FraudQueries {

    private final Driver driver;
    private final Neo4jClient client;
    private final CypherCatalog catalog;
    private final TransientRetries retries;

    FraudQueries(Driver driver, Neo4jClient client, CypherCatalog catalog, TransientRetries retries) {
        this.driver = driver;
        this.client = client;
        this.retries = retries;
        this.catalog = catalog;
        // every file the module runs, so a missing one fails start-up
        for (String name : List.of("findRepeatClaimPairs", "describeClaims", "findInsureAfterLoss", "streamPolicies", "streamAffiliations", "streamContracts",
                "streamIdentifierHolders", "projectLouvainLinks", "streamLinkCommunities",
                "dropProjection", "describeGroups", "countProfessionalClaims", "countMarket", "streamClaimGraph",
                "mergeAlerts", "findSuppressedAlertIds", "createScan", "findLatestScan", "listScans", "countScans",
                "listAlerts", "countAlerts", "findAlert", "writeClaimScores", "listClaimScores", "countClaimScores",
                "createCase", "findCase", "listCases", "countCases", "assignCase", "addCaseNote", "linkCases",
                "closeCase", "markClaimsFraud", "suppressAlerts", "findAlertsByIds", "describeSharedIdentifiers",
                "detachCaseItem", "findCaseItem")) {
            catalog.get("fraud/" + name);
        }
    }

    List<Record> read(String name, Map<String, Object> params) {
        String query = catalog.get("fraud/" + name);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(query, Values.value(params)).list());
        }
    }

    /** Streams a large read row by row without holding it in memory. */
    void stream(String name, Map<String, Object> params, Consumer<Record> each) {
        String query = catalog.get("fraud/" + name);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            session.executeRead(tx -> {
                tx.run(query, Values.value(params)).forEachRemaining(each);
                return null;
            });
        }
    }

    List<Record> write(String name, Map<String, Object> params) {
        String query = catalog.get("fraud/" + name);
        try (Session session = driver.session(GraphSessions.write(driver))) {
            return session.executeWrite(tx -> tx.run(query, Values.value(params)).list());
        }
    }

    /**
     * Runs a write in the Spring-managed transaction the caller is in, so that it commits together
     * with the event publications stored there.
     */
    void writeInTransaction(String name, Map<String, Object> params) {
        client.query(catalog.get("fraud/" + name)).bindAll(params).run();
    }

    /**
     * Runs a GDS procedure call (projection, algorithm, drop) in an auto-commit transaction, retried
     * on a transient error. In a write session: a GDS graph lives in the memory of one cluster
     * member, so the projection, the algorithm and the drop all go to the leader.
     */
    List<Record> call(String name, Map<String, Object> params) {
        String query = catalog.get("fraud/" + name);
        return retries.call(() -> {
            try (Session session = driver.session(GraphSessions.write(driver))) {
                return session.run(query, Values.value(params)).list();
            }
        });
    }

    /** A record as a map of plain Java values, dates as ISO text (for evidence). */
    static Map<String, Object> plain(Record r) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : r.keys()) {
            map.put(key, plain(r.get(key)));
        }
        return map;
    }

    static Object plain(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        Object o = v.asObject();
        return plainObject(o);
    }

    private static Object plainObject(Object o) {
        if (o instanceof Temporal t) {
            return t.toString();
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(plainObject(x));
            }
            return out;
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plainObject(x)));
            return out;
        }
        return o;
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
