package io.credlink.graph;

import java.util.function.Supplier;

/**
 * Runs graph work again when the server failed it with a transient error (a deadlock, a lock that
 * timed out, a cluster member that stopped being leader or went away), for the transactions that
 * nothing else retries: auto-commit ones ({@code session.run}, {@code Neo4jClient} outside a
 * Spring transaction). The driver's managed transactions ({@code executeRead}/{@code executeWrite},
 * {@code executableQuery}) and Spring-managed ones retry by themselves. Inside a Spring-managed
 * transaction the work runs once: the outermost transaction is retried as a whole. Up to
 * {@code credlink.neo4j.transient-retries} times, with backoff; the work must be safe to run again
 * (an auto-commit transaction that failed was rolled back).
 */
public interface TransientRetries {

    <T> T call(Supplier<T> work);

    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
