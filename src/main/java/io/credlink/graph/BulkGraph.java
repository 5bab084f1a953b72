package io.credlink.graph;

import java.util.Iterator;

/**
 * A whole graph to write into an empty store with Neo4j's offline importer (see
 * {@link OfflineImport}). Node ids are the store's own record ids: dense, from 0, each used
 * once; relationships name their end nodes by those ids. Property values are Java values that
 * Neo4j stores natively (String, Long, Double, Boolean, LocalDate). Both iterators are pulled
 * once, from one importer thread at a time.
 */
public interface BulkGraph {

    /** @param properties alternating key and value, e.g. {@code {"name", "平安", "kind", "PERSON"}} */
    record Node(long id, String[] labels, Object[] properties) {
    }

    /** @param properties alternating key and value */
    record Relationship(long startId, long endId, String type, Object[] properties) {
    }

    /** Exactly how many nodes {@link #nodes()} yields. */
    long nodeCount();

    /** Roughly how many relationships {@link #relationships()} yields (sizes the importer's caches). */
    long relationshipEstimate();

    Iterator<Node> nodes();

    Iterator<Relationship> relationships();
}
