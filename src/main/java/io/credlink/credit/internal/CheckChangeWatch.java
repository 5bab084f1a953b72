package io.credlink.credit.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

/**
 * Tells the committed transactions that may change what a counterparty check reads: a node
 * with a party label, {@code CreditScore} or {@code Sanction} created, deleted or relabelled; a
 * property of such a node changed (for a party only its {@code id}: its other properties are not
 * read by a check); an {@code AGAINST} relationship created, deleted or changed. When unsure (a
 * deleted node's labels cannot be read) a transaction counts. Everything else, above all the
 * audit trail every check writes, is not counted.
 *
 * <p>The {@link io.credlink.graph.ReadModelRefresher} of {@link CheckReadModel} counts them.
 */
final class CheckChangeWatch implements Predicate<TransactionData> {

    private static final Set<String> PARTY_LABELS = Set.of("Party", "Insurer", "Intermediary", "Practitioner", "Consumer",
            "Provider");
    private static final Label PARTY = Label.label("Party");
    private static final Label CREDIT_SCORE = Label.label("CreditScore");
    private static final Label SANCTION = Label.label("Sanction");
    private static final RelationshipType AGAINST = RelationshipType.withName("AGAINST");

    @Override
    public boolean test(TransactionData data) {
        return relevant(data);
    }

    static boolean relevant(TransactionData data) {
        for (LabelEntry l : data.assignedLabels()) {
            if (watched(l.label().name())) {
                return true;
            }
        }
        for (LabelEntry l : data.removedLabels()) {
            if (watched(l.label().name())) {
                return true;
            }
        }
        for (Relationship r : data.createdRelationships()) {
            if (r.isType(AGAINST)) {
                return true;
            }
        }
        for (Relationship r : data.deletedRelationships()) {
            if (r.isType(AGAINST)) {
                return true;
            }
        }
        for (PropertyEntry<Relationship> p : data.assignedRelationshipProperties()) {
            if (p.entity().isType(AGAINST)) {
                return true;
            }
        }
        for (PropertyEntry<Relationship> p : data.removedRelationshipProperties()) {
            if (p.entity().isType(AGAINST)) {
                return true;
            }
        }
        // Nodes created or deleted here had their labels listed above; only the properties of
        // nodes that existed before and still exist remain to be looked at.
        Set<Node> createdOrDeleted = null;
        for (PropertyEntry<Node> p : data.assignedNodeProperties()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (relevant(p, createdOrDeleted)) {
                return true;
            }
        }
        for (PropertyEntry<Node> p : data.removedNodeProperties()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (relevant(p, createdOrDeleted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean watched(String label) {
        return PARTY_LABELS.contains(label) || label.equals("CreditScore") || label.equals("Sanction");
    }

    private static boolean relevant(PropertyEntry<Node> p, Set<Node> createdOrDeleted) {
        Node n = p.entity();
        if (createdOrDeleted.contains(n)) {
            return false;
        }
        if (n.hasLabel(CREDIT_SCORE) || n.hasLabel(SANCTION)) {
            return true;
        }
        return p.key().equals("id") && n.hasLabel(PARTY);
    }

    /** Nodes compare by their id within the transaction: no element id string is built per node. */
    private static Set<Node> createdOrDeleted(TransactionData data) {
        Set<Node> nodes = new HashSet<>();
        data.createdNodes().forEach(nodes::add);
        data.deletedNodes().forEach(nodes::add);
        return nodes;
    }
}
