package io.credlink.credit.internal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.credlink.graph.GraphWrittenAround;
import io.credlink.ingest.DatasetImported;

/**
 * Counts the application's writes that may change the links network propagation and the
 * exposure walk follow (relationships of {@link #LINK_TYPES}, parties and their ids): only
 * imports write them ({@code LinkWatchTest} checks the Cypher for other writers). A recomputation
 * notes the count it computed the network part on; while the count and the risk sources are the
 * same, the stored network parts still hold ({@link Recomputations#around}). Links written
 * outside the application are not counted (but announced by {@code GraphWrittenAround}): the next
 * full recomputation computes the network anew.
 */
@Component
class LinkWatch {

    /** The relationship types of {@code findNeighbours} and {@code findDegrees} (LinkWatchTest compares them). */
    static final Set<String> LINK_TYPES = Set.of("AFFILIATED_WITH", "CONTRACTED_WITH", "ISSUED_BY", "HOLDS", "INSURED_BY",
            "SOLD_BY", "VIA", "ON_POLICY", "FILED", "PARTY_TO", "ADJUSTED_BY", "SERVICED_BY", "HAS_IDENTIFIER");

    private final AtomicLong changes = new AtomicLong();

    /**
     * Link changes committed so far. A change counts once its transaction completed, so a count
     * read before a computation begins can only be older than what the computation reads, never newer.
     */
    long changes() {
        return changes.get();
    }

    /** Heard where it is published, counted when that transaction completes (or now, without one). */
    @EventListener
    void on(DatasetImported event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
    }

    /** Links written around the application may have changed: stored network parts are not reused. */
    @EventListener
    void on(GraphWrittenAround event) {
        changes.incrementAndGet();
    }
}
