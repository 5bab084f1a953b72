package io.credlink.monitoring.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Jobs on cron expressions, all on one thread: two never run at once (a job due while another
 * runs starts after it), and a run that overlaps its own next time skips that time. Remembers the
 * last run of each job and its outcome, and knows the next.
 */
final class Schedules implements AutoCloseable {

    /** What health shows of one job. */
    record State(String cron, Instant lastStart, Instant lastEnd, String lastOutcome, Instant next) {
    }

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final ZoneId zone;
    private final ScheduledExecutorService thread;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    Schedules(ZoneId zone) {
        this.zone = zone;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "credlink-schedules");
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses the expression (an invalid one fails here, i.e. at start-up) and plans the first run. */
    void add(String name, String cron, Runnable job) {
        CronExpression expression = CronExpression.parse(cron);
        states.put(name, new State(cron, null, null, null, null));
        plan(name, expression, job);
    }

    Map<String, State> states() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(states));
    }

    private void plan(String name, CronExpression expression, Runnable job) {
        ZonedDateTime next = expression.next(ZonedDateTime.now(zone));
        states.computeIfPresent(name, (k, s) -> new State(s.cron(), s.lastStart(), s.lastEnd(), s.lastOutcome(),
                next == null ? null : next.toInstant()));
        schedule(name, expression, job, next);
    }

    private void schedule(String name, CronExpression expression, Runnable job, ZonedDateTime next) {
        if (next == null || thread.isShutdown()) {
            return;
        }
        long delay = Math.max(0, next.toInstant().toEpochMilli() - System.currentTimeMillis());
        thread.schedule(() -> run(name, expression, job), delay, TimeUnit.MILLISECONDS);
    }

    private void run(String name, CronExpression expression, Runnable job) {
        Instant start = Instant.now();
        String outcome;
        try {
            job.run();
            outcome = "OK";
        } catch (RuntimeException e) {
            outcome = "FAILED: " + e.getMessage();
            log.error("Scheduled {} failed", name, e);
        }
        String done = outcome;
        Instant end = Instant.now();
        // the outcome and the next run are recorded together, so nobody reads a finished run whose
        // "next" is still its own start
        ZonedDateTime next = expression.next(ZonedDateTime.now(zone));
        states.computeIfPresent(name, (k, s) -> new State(s.cron(), start, end, done,
                next == null ? null : next.toInstant()));
        schedule(name, expression, job, next);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
