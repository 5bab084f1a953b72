package io.credlink.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Work that follows a commit: module events whose listeners have not finished (their stored
 * publications) and the queues those listeners fill ({@link Queue}, e.g. credit's
 * recomputations). A command that must leave its results complete before it exits, such as
 * {@code import}, waits here until all of it is done; {@code import --no-wait} waits only until
 * every listener has queued its work ({@link #awaitQueued}) and leaves the queues to the service
 * ({@code credlink.background-work=false}: a queue takes requests but runs none in this process).
 */
@Component
public class BackgroundWork {

    /** A queue of work fed by event listeners. */
    public interface Queue {

        /** Nothing waiting and nothing running. */
        boolean idle();
    }

    /** The stored event publications. */
    public interface Publications {

        /** Publications whose listener has not finished and may still run (failed ones excluded). */
        long waiting();
    }

    private final Publications publications;
    private final ObjectProvider<Queue> queues;

    BackgroundWork(Publications publications, ObjectProvider<Queue> queues) {
        this.publications = publications;
        this.queues = queues;
    }

    /**
     * Whether every published event has been handled (or its listener failed: it waits for a
     * resubmission, not for time) and every queue is empty.
     */
    public boolean idle() {
        // publications first: a listener stores its queue entry before its publication completes
        return publications.waiting() == 0 && queues.orderedStream().allMatch(Queue::idle);
    }

    /** Waits until {@link #idle()} or the timeout; returns whether it became idle. */
    public boolean awaitIdle(Duration timeout) {
        return await(this::idle, timeout);
    }

    /**
     * Waits until every published event has been handled, so that what its listeners queue is
     * stored with the queue (a request survives the process), or the timeout; returns whether it did.
     */
    public boolean awaitQueued(Duration timeout) {
        return await(() -> publications.waiting() == 0, timeout);
    }

    private static boolean await(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
