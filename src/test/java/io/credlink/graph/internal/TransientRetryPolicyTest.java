package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which failures are run again, how often, and that a transaction inside another is not. */
class TransientRetryPolicyTest {

    static final TransientException DEADLOCK = new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
            "ForsetiClient can't acquire ExclusiveLock");

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void transientErrorsAreRecognisedAlsoWhenSpringTranslatedThem() {
        assertThat(TransientRetry.isTransient(DEADLOCK)).isTrue();
        assertThat(TransientRetry.isTransient(new ServiceUnavailableException("leader gone"))).isTrue();
        assertThat(TransientRetry.isTransient(new TransientDataAccessResourceException("translated", DEADLOCK))).isTrue();
        assertThat(TransientRetry.isTransient(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isFalse();
        assertThat(TransientRetry.isTransient(new IllegalArgumentException("no such party"))).isFalse();
    }

    @Test
    void aTransientFailureRunsAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = new TransientRetry(5).call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TransientDataAccessResourceException("deadlock", DEADLOCK);
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterTheLastRetryTheFailureReachesTheCaller() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransientRetry(2).call(() -> {
            attempts.incrementAndGet();
            throw DEADLOCK;
        })).isSameAs(DEADLOCK);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException bad = new IllegalArgumentException("no such party");
        assertThatThrownBy(() -> new TransientRetry(5).call(() -> {
            attempts.incrementAndGet();
            throw bad;
        })).isSameAs(bad);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void insideATransactionOnlyTheOutermostRetries() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransientRetry(5).call(() -> {
            attempts.incrementAndGet();
            throw DEADLOCK;
        })).isSameAs(DEADLOCK);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void zeroRetriesTurnsItOff() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransientRetry(0).call(() -> {
            attempts.incrementAndGet();
            throw DEADLOCK;
        })).isSameAs(DEADLOCK);
        assertThat(attempts).hasValue(1);
    }
}
