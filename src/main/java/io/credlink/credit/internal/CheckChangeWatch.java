package io.credlink.credit.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

import io.credlink.graph.ReadModelRefresher.Touched;

/**
 * Tells which parties a committed transaction may have changed for a counterparty check, so
 * that {@link CheckReadModel} is patched for them instead of rebuilt:
 * <ul>
 * <li>a node with a party label created, deleted or relabelled, or its {@code id} changed: that
 * party (old and new id);
 * <li>a {@code CreditScore} created, deleted or relabelled, or one of the properties a check
 * reads changed ({@link #SCORE_KEYS}): the party of its {@code entityId};
 * <li>a {@code Sanction} created, deleted or relabelled, or one of the properties a check reads
 * changed ({@link #SANCTION_KEYS}): the parties it is {@code AGAINST};
 * <li>an {@code AGAINST} relationship created, deleted or changed: the party it points at.
 * </ul>
 * Everything else, above all the audit trail every check writes and the dates a recomputation
 * moves on unchanged scores, touches nothing. When a key cannot be told (a value that cannot be
 * read) or more than {@code maxKeys} are touched, the answer is {@link Touched#EVERYTHING}: the
 * model is rebuilt.
 *
 * <p>A property a check starts reading must be added to these key sets.
 */
final class CheckChangeWatch implements Function<TransactionData, Touched> {

    private static final Set<String> PARTY_LABELS = Set.of("Party", "Insurer", "Intermediary", "Practitioner", "Consumer",
            "Provider");
    /** What {@code listCheckScores} and {@code checkCounterparties} read of a stored score. */
    static final Set<String> SCORE_KEYS = Set.of("entityId", "score", "grade", "exposures", "restricted");
    /** What {@code listCheckSanctions} and {@code checkCounterparties} read of a sanction. */
    static final Set<String> SANCTION_KEYS = Set.of("id", "kind", "severity", "blacklist", "authority", "effectiveFrom",
            "effectiveTo", "disputed", "withdrawn");
    private static final Label PARTY = Label.label("Party");
    private static final Label CREDIT_SCORE = Label.label("CreditScore");
    private static final Label SANCTION = Label.label("Sanction");
    private static final RelationshipType AGAINST = RelationshipType.withName("AGAINST");

    private final int maxKeys;

    CheckChangeWatch(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Could not tell: rebuild. */
    private static final class Unsure extends RuntimeException {

        Unsure() {
            super(null, null, false, false);
        }
    }

    @Override
    public Touched apply(TransactionData data) {
        try {
            return Touched.keys(new Keys(data, maxKeys).collect());
        } catch (Unsure e) {
            return Touched.EVERYTHING;
        }
    }

    /** The keys of one transaction. */
    private static final class Keys {

        private final TransactionData data;
        private final int max;
        private final Set<String> keys = new HashSet<>();
        private Set<Node> created;
        /** Values before this transaction, of the node properties it removed or changed. */
        private Map<Node, Map<String, Object>> before;

        Keys(TransactionData data, int max) {
            this.data = data;
            this.max = max;
        }

        Set<String> collect() {
            for (LabelEntry l : data.assignedLabels()) {
                label(l);
            }
            for (LabelEntry l : data.removedLabels()) {
                label(l);
            }
            for (Relationship r : data.createdRelationships()) {
                against(r);
            }
            for (Relationship r : data.deletedRelationships()) {
                against(r);
            }
            for (PropertyEntry<Relationship> p : data.assignedRelationshipProperties()) {
                against(p.entity());
            }
            for (PropertyEntry<Relationship> p : data.removedRelationshipProperties()) {
                against(p.entity());
            }
            // created and deleted nodes were handled with their labels above
            for (PropertyEntry<Node> p : data.assignedNodeProperties()) {
                property(p);
            }
            for (PropertyEntry<Node> p : data.removedNodeProperties()) {
                property(p);
            }
            return keys;
        }

        private void label(LabelEntry l) {
            String name = l.label().name();
            Node n = l.node();
            if (PARTY_LABELS.contains(name)) {
                idOf(n, "id");
            } else if (name.equals("CreditScore")) {
                idOf(n, "entityId");
            } else if (name.equals("Sanction") && !data.isDeleted(n)) {
                // a deleted sanction's AGAINST relationships are deleted with it, and seen there
                targetsOf(n);
            }
        }

        private void property(PropertyEntry<Node> p) {
            String key = p.key();
            boolean scoreKey = SCORE_KEYS.contains(key);
            boolean sanctionKey = SANCTION_KEYS.contains(key); // "id" is one, for parties too
            if (!scoreKey && !sanctionKey) {
                return;
            }
            Node n = p.entity();
            // a node created or deleted here was handled with its labels (and cannot be read if deleted)
            if (data.isDeleted(n) || created().contains(n)) {
                return;
            }
            if (scoreKey && n.hasLabel(CREDIT_SCORE)) {
                idOf(n, "entityId");
            } else if (sanctionKey && n.hasLabel(SANCTION)) {
                targetsOf(n);
            } else if (key.equals("id") && n.hasLabel(PARTY)) {
                idOf(n, "id");
            }
        }

        private void against(Relationship r) {
            if (r.isType(AGAINST)) {
                idOf(r.getEndNode(), "id");
            }
        }

        private void targetsOf(Node sanction) {
            for (Relationship r : sanction.getRelationships(Direction.OUTGOING, AGAINST)) {
                idOf(r.getEndNode(), "id");
            }
        }

        /** The node's value of {@code key} before and after this transaction, as keys. */
        private void idOf(Node n, String key) {
            Object old = before().getOrDefault(n, Map.of()).get(key);
            Object now = data.isDeleted(n) ? null : n.getProperty(key, null);
            if (old == null && now == null) {
                throw new Unsure();
            }
            add(old);
            add(now);
        }

        private void add(Object value) {
            if (value == null) {
                return;
            }
            if (!(value instanceof String s)) {
                throw new Unsure();
            }
            keys.add(s);
            if (keys.size() > max) {
                throw new Unsure();
            }
        }

        /** Nodes compare by their id within the transaction: no element id string is built per node. */
        private Set<Node> created() {
            if (created == null) {
                created = new HashSet<>();
                data.createdNodes().forEach(created::add);
            }
            return created;
        }

        private Map<Node, Map<String, Object>> before() {
            if (before == null) {
                before = new HashMap<>();
                for (PropertyEntry<Node> p : data.removedNodeProperties()) {
                    remember(p);
                }
                for (PropertyEntry<Node> p : data.assignedNodeProperties()) {
                    remember(p);
                }
            }
            return before;
        }

        private void remember(PropertyEntry<Node> p) {
            Object old = p.previouslyCommittedValue();
            if (old != null) {
                before.computeIfAbsent(p.entity(), k -> new HashMap<>(4)).put(p.key(), old);
            }
        }
    }
}
