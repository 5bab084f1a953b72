package io.credlink.graph.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.credlink.graph.TransientRetries;

/**
 * Runs a unit of transactional work again when the server failed it with a transient error: a
 * deadlock, a lock that timed out, a cluster member that stopped being leader. The driver's managed
 * transactions ({@code executeRead}/{@code executeWrite}, {@code executableQuery}) retry by
 * themselves; Spring-managed ones ({@code @Transactional}, {@code TransactionTemplate}) do not, so
 * they go through this, as do auto-commit transactions ({@link TransientRetries}). Only the
 * outermost transaction is retried: inside one, a failed statement has doomed the whole
 * transaction and only its owner can start it again.
 */
final class TransientRetry implements TransientRetries {

    private final RetryTemplate retry;
    private final boolean enabled;

    TransientRetry(int maxRetries) {
        this.enabled = maxRetries > 0;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(1, maxRetries))
                .delay(Duration.ofMillis(50))
                .jitter(Duration.ofMillis(25))
                .multiplier(2)
                .maxDelay(Duration.ofSeconds(2))
                .predicate(TransientRetry::isTransient)
                .build());
    }

    /** A transient error of the server, possibly wrapped by Spring's exception translation. */
    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryableException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (!enabled || TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return retry.invoke(work);
    }
}
