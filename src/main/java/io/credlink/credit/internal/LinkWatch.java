package io.credlink.credit.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.credlink.graph.EmbeddedNeo4j;

/**
 * Counts the committed transactions that may change the links network propagation and the
 * exposure walk follow: a relationship of one of {@link #LINK_TYPES} created or deleted, a node
 * that existed before given or stripped of the {@code Entity} or {@code Party} label, or an
 * entity's {@code id} changed. A recomputation notes the count it computed the network part on;
 * while the count and the risk sources are the same, the stored network parts still hold
 * ({@link DefaultCreditService#recomputeAround}). Without an embedded DBMS (an external server,
 * whose commits cannot be watched) it is disabled and nothing is ever reused.
 */
@Component
class LinkWatch {

    /** The relationship types of {@code findNeighbours} and {@code findDegrees} (LinkWatchTest compares them). */
    static final Set<String> LINK_TYPES = Set.of("AFFILIATED_WITH", "CONTRACTED_WITH", "ISSUED_BY", "HOLDS", "INSURED_BY",
            "SOLD_BY", "VIA", "ON_POLICY", "FILED", "PARTY_TO", "ADJUSTED_BY", "SERVICED_BY", "HAS_IDENTIFIER");

    private final AtomicLong changes = new AtomicLong();
    private final boolean enabled;

    LinkWatch(ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j dbms = embedded.getIfAvailable();
        this.enabled = dbms != null;
        if (dbms != null) {
            dbms.registerTransactionEventListener(new Listener());
        }
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Link changes committed so far. A transaction counts once it is committed, so a count read
     * before a computation begins can only be older than what the computation reads, never newer.
     */
    long changes() {
        return changes.get();
    }

    static boolean changesLinks(TransactionData data) {
        for (Relationship r : data.createdRelationships()) {
            if (LINK_TYPES.contains(r.getType().name())) {
                return true;
            }
        }
        for (Relationship r : data.deletedRelationships()) {
            if (LINK_TYPES.contains(r.getType().name())) {
                return true;
            }
        }
        Set<Node> created = null;
        for (LabelEntry l : data.assignedLabels()) {
            String name = l.label().name();
            if (name.equals("Entity") || name.equals("Party")) {
                created = created == null ? created(data) : created;
                if (!created.contains(l.node())) {
                    return true;
                }
            }
        }
        for (LabelEntry l : data.removedLabels()) {
            String name = l.label().name();
            // a deleted node's links are deleted with it, and seen above
            if ((name.equals("Entity") || name.equals("Party")) && !data.isDeleted(l.node())) {
                return true;
            }
        }
        for (PropertyEntry<Node> p : data.assignedNodeProperties()) {
            if (p.key().equals("id") && p.previouslyCommittedValue() != null) {
                return true;
            }
        }
        for (PropertyEntry<Node> p : data.removedNodeProperties()) {
            if (p.key().equals("id") && !data.isDeleted(p.entity())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Node> created(TransactionData data) {
        Set<Node> nodes = new HashSet<>();
        data.createdNodes().forEach(nodes::add);
        return nodes;
    }

    /** Tells in {@code beforeCommit} (the transaction's data is readable there), counts once committed. */
    private final class Listener implements TransactionEventListener<Boolean> {

        @Override
        public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
            try {
                return changesLinks(data);
            } catch (RuntimeException e) {
                return true; // unsure: count it
            }
        }

        @Override
        public void afterCommit(TransactionData data, Boolean counts, GraphDatabaseService database) {
            if (Boolean.TRUE.equals(counts)) {
                changes.incrementAndGet();
            }
        }

        @Override
        public void afterRollback(TransactionData data, Boolean counts, GraphDatabaseService database) {
        }
    }
}
