package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

/**
 * Brings an in-memory read model up to date on the test's thread: its refresh or rebuild gives up
 * while a write (a background one too) is still open, so it is tried again for up to a minute.
 */
public final class ReadModelWaits {

    private static final long MINUTE = 60_000_000_000L;

    private ReadModelWaits() {
    }

    /** Refreshes until the model is current; {@code refresh} false: a change is still open. */
    public static void awaitCurrent(String model, BooleanSupplier current, BooleanSupplier refresh) {
        long deadline = System.nanoTime() + MINUTE;
        while (!current.getAsBoolean() && !refresh.getAsBoolean() && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(current.getAsBoolean()).as("the %s current again", model).isTrue();
    }

    /** Rebuilds from the whole graph (what the application did not write is read too), then as {@link #awaitCurrent}. */
    public static void awaitRebuilt(String model, BooleanSupplier current, BooleanSupplier refresh, BooleanSupplier rebuild) {
        long deadline = System.nanoTime() + MINUTE;
        while (!rebuild.getAsBoolean() && System.nanoTime() < deadline) {
            pause();
        }
        awaitCurrent(model, current, refresh);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
