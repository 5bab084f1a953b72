package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

/**
 * Tells the committed transactions that may change what some sanction propagates: relationships
 * of a type a rule follows (or {@code AGAINST}, a new or moved sanction) created, deleted or
 * changed; labels of an existing node changed; an existing node's {@code id} or
 * {@code kind} changed; a sanction's kind, severity, blacklist flag, decision date or start
 * changed, or its end moved later. Withdrawal, an early end and disputes are not counted: the
 * projection reads them live. When unsure (e.g. the type of a deleted relationship cannot be
 * read), a transaction counts.
 *
 * <p>The {@link io.credlink.graph.ReadModelRefresher} of {@link RestrictionsProjection} counts them.
 */
final class GraphChangeWatch implements Predicate<TransactionData> {

    private static final Label SANCTION = Label.label("Sanction");
    private static final Set<String> SANCTION_KEYS = Set.of("kind", "severity", "blacklist", "decidedOn", "effectiveFrom");
    private static final Set<String> NODE_KEYS = Set.of("id", "kind");

    private final Set<String> relationshipTypes;

    GraphChangeWatch(Set<String> relationshipTypes) {
        this.relationshipTypes = Set.copyOf(relationshipTypes);
    }

    @Override
    public boolean test(TransactionData data) {
        return relevant(data);
    }

    boolean relevant(TransactionData data) {
        for (Relationship r : data.deletedRelationships()) {
            if (followed(r)) {
                return true;
            }
        }
        for (Relationship r : data.createdRelationships()) {
            if (followed(r)) {
                return true;
            }
        }
        for (PropertyEntry<Relationship> p : data.assignedRelationshipProperties()) {
            if (followed(p.entity())) {
                return true;
            }
        }
        for (PropertyEntry<Relationship> p : data.removedRelationshipProperties()) {
            if (followed(p.entity())) {
                return true;
            }
        }
        // A node created or deleted here matters only through its relationships, checked above
        // (a deleted node has lost all of them; restrictions read whether the party exists live).
        Set<Node> createdOrDeleted = null;
        for (LabelEntry l : data.assignedLabels()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (!createdOrDeleted.contains(l.node())) {
                return true;
            }
        }
        for (LabelEntry l : data.removedLabels()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (!createdOrDeleted.contains(l.node())) {
                return true;
            }
        }
        for (PropertyEntry<Node> p : data.assignedNodeProperties()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (relevantNodeChange(p, createdOrDeleted, false)) {
                return true;
            }
        }
        for (PropertyEntry<Node> p : data.removedNodeProperties()) {
            createdOrDeleted = createdOrDeleted == null ? createdOrDeleted(data) : createdOrDeleted;
            if (relevantNodeChange(p, createdOrDeleted, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean followed(Relationship r) {
        String type = r.getType().name();
        return type.equals("AGAINST") || relationshipTypes.contains(type);
    }

    private static boolean relevantNodeChange(PropertyEntry<Node> p, Set<Node> createdOrDeleted, boolean removed) {
        if (createdOrDeleted.contains(p.entity())) {
            return false;
        }
        String key = p.key();
        if (NODE_KEYS.contains(key)) {
            return true;
        }
        if (!p.entity().hasLabel(SANCTION)) {
            return false;
        }
        if (SANCTION_KEYS.contains(key)) {
            return true;
        }
        if (key.equals("effectiveTo")) {
            // an early end only shortens the sanction, which is read live; a later or removed end is not
            Object before = p.previouslyCommittedValue();
            Object after = removed ? null : p.value();
            return before != null && (!(before instanceof LocalDate b) || !(after instanceof LocalDate a) || a.isAfter(b));
        }
        return false;
    }

    /** Nodes compare by their id within the transaction: no element id string is built per node. */
    private static Set<Node> createdOrDeleted(TransactionData data) {
        Set<Node> nodes = new HashSet<>();
        data.createdNodes().forEach(nodes::add);
        data.deletedNodes().forEach(nodes::add);
        return nodes;
    }
}
