package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.credit.CounterpartyCheckView.ActiveSanction;
import io.credlink.credit.CreditProperties;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.ReadModelRefresher;
import jakarta.annotation.PreDestroy;

/**
 * What a counterparty check reads, for every party, held in memory: its type, stored score,
 * grade, exposures and restriction flag, and every sanction against it (which are in force is
 * decided per check, for the day it asks). A single check then costs no round trip to the graph.
 *
 * <p>Fed by the application's own writes, the same with the embedded DBMS and an external
 * server ({@link CheckReadModelFeed}): a write names the parties it changes while its transaction
 * is still open; from then until they are re-read after the commit ({@code
 * check-read-model.refresh-delay} later, by id: a patch) checks that ask for one of them are
 * answered by the {@code checkCounterparties} query. A change that names no parties (an import)
 * or more than {@code max-patch-parties} makes the model stale until it is rebuilt from every
 * party. Writes the application does not make are seen at the next full rebuild
 * ({@code full-rebuild-every}).
 */
@Component
class CheckReadModel {

    private static final Logger log = LoggerFactory.getLogger(CheckReadModel.class);
    private static final int NO_SCORE = Integer.MIN_VALUE;
    private static final Comparator<ActiveSanction> BY_ID = Comparator.comparing(ActiveSanction::sanctionId);

    /** A sanction against a party with whether it was withdrawn. */
    private record Held(ActiveSanction sanction, boolean withdrawn) {

        boolean inForce(LocalDate day) {
            return io.credlink.sanction.InForceSanction.holdsOn(sanction.effectiveFrom(), sanction.effectiveTo(), withdrawn, day);
        }
    }

    private static final Held[] NONE = new Held[0];

    /** One party; {@code score} is {@link #NO_SCORE} when it has no stored score. */
    private record Party(String type, int score, String grade, String exposures, boolean restricted, Held[] sanctions) {
    }

    /** A stored score while the model is built, before its party is read. */
    private record Score(int score, String grade, String exposures, boolean restricted) {
    }

    /**
     * The model as of whole-model change count {@code stamp}. A patch replaces entries of
     * {@code parties} in place while they are changing (checks of them ask the graph meanwhile),
     * and then publishes a new snapshot over the same map.
     */
    private record Snapshot(long stamp, ConcurrentHashMap<String, Party> parties, OffsetDateTime builtAt, long buildMillis,
            int patches, OffsetDateTime patchedAt) {
    }

    /** What the health endpoint shows of the model: its last rebuild and the patches since. */
    record Status(boolean enabled, boolean current, int parties, OffsetDateTime builtAt, long buildMillis, int patches,
            OffsetDateTime patchedAt) {
    }

    private final Driver driver;
    private final String listCheckParties;
    private final String listCheckScores;
    private final String listCheckSanctions;
    private final String listCheckRowsByIds;
    private final ReadModelRefresher refresher;
    private volatile Snapshot current;

    CheckReadModel(Driver driver, CypherCatalog catalog, CreditProperties properties) {
        this.driver = driver;
        this.listCheckParties = catalog.get("credit/listCheckParties");
        this.listCheckScores = catalog.get("credit/listCheckScores");
        this.listCheckSanctions = catalog.get("credit/listCheckSanctions");
        this.listCheckRowsByIds = catalog.get("credit/listCheckRowsByIds");
        CreditProperties.CheckReadModel settings = properties.checkReadModel();
        this.refresher = ReadModelRefresher.patching("check-read-model", settings.refreshDelay(), settings.fullRebuildEvery(),
                settings.maxPatchParties(), settings.enabled(), this::rebuild, this::patch);
    }

    /**
     * Builds the model only where checks are answered, a web application: a command (import,
     * evaluate) would hold ~150 MB at scale 100 for nothing while it recomputes every score.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady(ApplicationReadyEvent event) {
        refresher.startIfServing(event.getApplicationContext());
    }

    @PreDestroy
    void stop() {
        refresher.stop();
    }

    /**
     * Notes that the current transaction changes what checks read of these parties (or of every
     * party): they are not answered from the model until it is patched after the commit.
     */
    void changing(ReadModelRefresher.Touched touched) {
        refresher.changing(touched);
    }

    /** As {@link #changing}, for a writer that runs its own transaction: close the answer after it. */
    ReadModelRefresher.Change begin(ReadModelRefresher.Touched touched) {
        return refresher.begin(touched);
    }

    Status status() {
        Snapshot s = current;
        return new Status(refresher.enabled(), refresher.serving(), s == null ? 0 : s.parties().size(), s == null ? null : s.builtAt(),
                s == null ? 0 : s.buildMillis(), s == null ? 0 : s.patches(), s == null ? null : s.patchedAt());
    }

    /** Whether checks of every party are answered from the model (none is changing). */
    boolean current() {
        return current != null && refresher.current();
    }

    /**
     * The check rows of these ids as of {@code asOf} (unknown ids are rows with found=false), or
     * null when the model is not current and the graph must be asked.
     */
    Map<String, CreditQueries.CheckRow> rows(Collection<String> ids, LocalDate asOf) {
        // what is changing first, then the snapshot: a patch or rebuild publishes before it clears
        if (!refresher.serves(ids)) {
            return null;
        }
        Snapshot s = current;
        if (s == null) {
            return null;
        }
        Map<String, CreditQueries.CheckRow> out = new HashMap<>();
        for (String id : ids) {
            Party p = s.parties().get(id);
            out.put(id, p == null ? new CreditQueries.CheckRow(id, false, null, null, null, null, false, List.of())
                    : new CreditQueries.CheckRow(id, true, p.type(), p.score() == NO_SCORE ? null : p.score(), p.grade(),
                            p.exposures(), p.restricted(), inForce(p.sanctions(), asOf)));
        }
        // a change that begins while we read is not committed yet: what we read was current when asked
        return out;
    }

    private static List<ActiveSanction> inForce(Held[] held, LocalDate day) {
        if (held.length == 0) {
            return List.of();
        }
        List<ActiveSanction> out = new ArrayList<>(held.length);
        for (Held h : held) {
            if (h.inForce(day)) {
                out.add(h.sanction());
            }
        }
        return out;
    }

    /**
     * Brings the model up to date now, on the calling thread (a patch, or a rebuild when only that
     * will do); false while a change is still open or when the graph changed meanwhile.
     */
    boolean refresh() {
        return refresher.refreshNow();
    }

    /** Rebuilds the model from every party now: what the application did not write is read too. */
    boolean rebuildNow() {
        return refresher.rebuildNow();
    }

    /**
     * Builds the model as of change count {@code stamp}; false when the graph changed meanwhile.
     * Auto-commit reads streamed in a read session; one that fails (a transient error too) is tried
     * again by the refresher, as is a patch.
     */
    private boolean rebuild(long stamp) {
        long t0 = System.nanoTime();
        Map<String, List<Held>> sanctions = new HashMap<>();
        ConcurrentHashMap<String, Party> parties = new ConcurrentHashMap<>();
        Map<String, String> canonical = new HashMap<>();
        try (Session session = driver.session(GraphSessions.read(driver))) {
            Result r = session.run(listCheckSanctions);
            while (r.hasNext()) {
                Record rec = r.next();
                String partyId = rec.get("partyId").asString();
                sanctions.computeIfAbsent(partyId, k -> new ArrayList<>(1))
                        .add(new Held(CreditQueries.activeSanction(rec.get("sanction"), partyId), rec.get("withdrawn").asBoolean()));
            }
            if (refresher.changes() != stamp) {
                return false;
            }
            Map<String, Score> scores = new HashMap<>();
            r = session.run(listCheckScores);
            while (r.hasNext()) {
                Record rec = r.next();
                scores.put(rec.get("entityId").asString(), new Score(rec.get("score").isNull() ? NO_SCORE : rec.get("score").asInt(),
                        canon(canonical, rec.get("grade").asString(null)), rec.get("exposures").asString(null),
                        rec.get("restricted").asBoolean()));
            }
            if (refresher.changes() != stamp) {
                return false;
            }
            r = session.run(listCheckParties);
            while (r.hasNext()) {
                Record rec = r.next();
                String id = rec.get("id").asString();
                Held[] array = sorted(sanctions.get(id));
                Score sc = scores.get(id);
                String type = canon(canonical, rec.get("type").asString(null));
                parties.put(id, sc == null ? new Party(type, NO_SCORE, null, null, false, array)
                        : new Party(type, sc.score(), sc.grade(), sc.exposures(), sc.restricted(), array));
            }
        }
        if (refresher.changes() != stamp) {
            return false;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        current = new Snapshot(stamp, parties, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), ms, 0, null);
        log.info("check read model rebuilt in {} ms: {} parties, {} with sanctions", ms, parties.size(), sanctions.size());
        return true;
    }

    /**
     * Re-reads the parties of {@code ids} and replaces (or removes) them in the model, as of change
     * count {@code stamp}; false when the graph changed meanwhile. Only called after a rebuild
     * succeeded, so there is a model to patch.
     */
    private boolean patch(Set<String> ids, long stamp) {
        Snapshot s = current;
        if (s == null) {
            return rebuild(stamp);
        }
        long t0 = System.nanoTime();
        Map<String, Party> rows = new HashMap<>();
        Set<String> gone = new HashSet<>();
        try (Session session = driver.session(GraphSessions.read(driver))) {
            Result r = session.run(listCheckRowsByIds, Values.parameters("ids", List.copyOf(ids)));
            while (r.hasNext()) {
                Record rec = r.next();
                String id = rec.get("id").asString();
                if (!rec.get("found").asBoolean()) {
                    gone.add(id);
                    continue;
                }
                List<Held> held = new ArrayList<>();
                for (Value v : rec.get("sanctions").values()) {
                    held.add(new Held(CreditQueries.activeSanction(v, id), v.get("withdrawn").asBoolean(false)));
                }
                String type = intern(rec.get("type").asString(null));
                rows.put(id, !rec.get("scored").asBoolean() ? new Party(type, NO_SCORE, null, null, false, sorted(held))
                        : new Party(type, rec.get("score").isNull() ? NO_SCORE : rec.get("score").asInt(),
                                intern(rec.get("grade").asString(null)), rec.get("exposures").asString(null),
                                rec.get("restricted").asBoolean(), sorted(held)));
            }
        }
        if (refresher.changes() != stamp) {
            return false;
        }
        s.parties().putAll(rows);
        gone.forEach(s.parties()::remove);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        current = new Snapshot(stamp, s.parties(), s.builtAt(), s.buildMillis(), s.patches() + 1,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        log.info("check read model patched in {} ms: {} parties re-read", ms, ids.size());
        return refresher.changes() == stamp;
    }

    /** The sanctions of a party in the order checks list them (by id). */
    private static Held[] sorted(List<Held> held) {
        if (held == null || held.isEmpty()) {
            return NONE;
        }
        Held[] array = held.toArray(NONE);
        Arrays.sort(array, (a, b) -> BY_ID.compare(a.sanction(), b.sanction()));
        return array;
    }

    private static String intern(String value) {
        return value == null ? null : value.intern();
    }

    /** One String per distinct type and grade, not one per party. */
    private static String canon(Map<String, String> canonical, String value) {
        return value == null ? null : canonical.computeIfAbsent(value, v -> v);
    }
}
