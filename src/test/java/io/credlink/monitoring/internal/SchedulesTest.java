package io.credlink.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Scheduled jobs: on their cron, never two at once, last and next run known, bad expressions refused. */
class SchedulesTest {

    @Test
    void jobsRunOnTheirCronOneAtATimeAndRecordTheirRuns() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch a = new CountDownLatch(2);
        CountDownLatch b = new CountDownLatch(2);
        AtomicReference<Schedules> ref = new AtomicReference<>();
        try (Schedules schedules = new Schedules(ZoneOffset.UTC)) {
            ref.set(schedules);
            schedules.add("a", "* * * * * *", () -> {
                enter(running, overlaps);
                // stay busy until b has become due, so that b would overlap if it could
                Instant due = ref.get().states().get("b").next();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (due != null && Instant.now().isBefore(due.plusMillis(50)) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                running.decrementAndGet();
                a.countDown();
            });
            schedules.add("b", "* * * * * *", () -> {
                enter(running, overlaps);
                running.decrementAndGet();
                b.countDown();
                throw new IllegalStateException("boom");
            });
            assertThat(schedules.states().get("a").next()).isNotNull();
            assertThat(a.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(overlaps.get()).isZero();
            Schedules.State sa = schedules.states().get("a");
            assertThat(sa.lastStart()).isNotNull();
            assertThat(sa.lastOutcome()).isEqualTo("OK");
            assertThat(sa.next()).isAfter(sa.lastStart());
            assertThat(schedules.states().get("b").lastOutcome()).isEqualTo("FAILED: boom");
        }
    }

    @Test
    void anInvalidExpressionIsRefused() {
        try (Schedules schedules = new Schedules(ZoneOffset.UTC)) {
            assertThatThrownBy(() -> schedules.add("x", "every day", () -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void enter(AtomicInteger running, AtomicInteger overlaps) {
        if (running.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
    }
}
