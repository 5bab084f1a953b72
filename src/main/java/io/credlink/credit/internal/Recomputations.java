package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.RecomputationView;
import io.credlink.credit.GradesChanged;
import io.credlink.credit.ScoresRecomputed;
import io.credlink.credit.internal.NetworkParts.NetworkState;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionService;

/**
 * Full and incremental recomputations, serialised by one lock: the network part once
 * ({@link NetworkParts}), then every party (or the affected ones) scored and stored by
 * {@link ScoreWriter}. Which parties the sanctions in force restrict is asked of the sanction
 * module in one call per recomputation.
 */
@Component
class Recomputations {

    private static final Logger log = LoggerFactory.getLogger(Recomputations.class);

    private final CreditQueries queries;
    private final CreditProperties properties;
    private final SanctionService sanctions;
    private final ApplicationEventPublisher events;
    private final NetworkParts network;
    private final ScoreWriter writer;
    private final LinkWatch links;
    private final CounterpartyChecks checks;
    private final StoredJson json;
    private final GradeAnnouncements grades;
    private final ReentrantLock recomputing = new ReentrantLock();
    /**
     * What the stored network parts were last computed from (null: not known, or a recomputation
     * failed or is running): the day, the link changes counted before, and the risk sources.
     */
    private volatile NetworkBasis basis;
    /** How the last incremental recomputation came by its network part (for its log line and tests). */
    private volatile String lastNetwork;

    Recomputations(CreditQueries queries, CreditProperties properties, SanctionService sanctions,
            ApplicationEventPublisher events, NetworkParts network, ScoreWriter writer, LinkWatch links,
            CounterpartyChecks checks, StoredJson json, GradeAnnouncements grades) {
        this.queries = queries;
        this.properties = properties;
        this.sanctions = sanctions;
        this.events = events;
        this.network = network;
        this.writer = writer;
        this.links = links;
        this.checks = checks;
        this.json = json;
        this.grades = grades;
    }

    private record NetworkBasis(LocalDate asOf, long links, List<NetworkPropagation.Seed> seeds, ResolvedEntities entities) {
    }

    RecomputationView all(LocalDate asOf) {
        recomputing.lock();
        try {
            long t0 = System.nanoTime();
            OffsetDateTime at = now();
            basis = null;
            long linkCount = links.changes();
            ResolvedEntities entities = queries.resolvedEntities();
            List<NetworkPropagation.Seed> seeds = network.seeds(asOf, entities);
            NetworkState net = network.compute(seeds, entities);
            long networkMs = ms(t0);
            Set<String> restricted = sanctions.reachedParties(ids(sanctions.inForce(asOf, null)), asOf);
            long restrictedMs = ms(t0) - networkMs;
            ScoreWriter.Phases phases = new ScoreWriter.Phases();
            long[] totals = writer.scoreAll(asOf, at, net, restricted, phases);
            queries.deleteOrphans();
            queries.recordRecomputation("FULL", asOf, at, totals[0], totals[1]);
            basis = new NetworkBasis(asOf, linkCount, seeds, entities);
            checks.forgetCachedRestrictions();
            RecomputationView view = new RecomputationView("FULL", asOf, at, totals[0], totals[1], seeds.size(), ms(t0));
            log.info("Credit scores recomputed (full) as of {}: {} scored, {} changed, {} risk sources, {} resolved entities "
                    + "in {} ms (network {} ms, restriction flags {} ms, {} parties restricted; pages summed over workers: {})",
                    asOf, totals[0], totals[1], seeds.size(), entities.size(), view.tookMs(), networkMs, restrictedMs,
                    restricted.size(), phases);
            events.publishEvent(new ScoresRecomputed(view));
            grades.announce();
            return view;
        } finally {
            recomputing.unlock();
        }
    }

    /**
     * Rescores the changed parties, the other members of their resolved entities (one entity, one
     * score), and every party whose network part changes.
     */
    RecomputationView around(Collection<String> changedParties, LocalDate asOf) {
        recomputing.lock();
        try {
            long t0 = System.nanoTime();
            OffsetDateTime at = now();
            NetworkBasis last = basis;
            basis = null;
            long linkCount = links.changes();
            ResolvedEntities entities = queries.resolvedEntities();
            Set<String> changedIds = entities.withMembers(changedParties);
            List<NetworkPropagation.Seed> seeds = network.seeds(asOf, entities);
            Set<String> added = changedIds.isEmpty() ? Set.of()
                    : sanctions.reachedParties(ids(sanctions.inForce(asOf, changedIds)), asOf);
            Set<String> candidates = new LinkedHashSet<>(changedIds);
            candidates.addAll(added);
            // The stored network parts hold while the links and the day are those they were
            // computed on: then the same risk sources give the same networks and exposures, and
            // the same blacklisted parties the same exposures.
            boolean sameLinks = last != null && last.links() == linkCount && last.asOf().equals(asOf)
                    && last.entities().equals(entities);
            NetworkState net;
            Map<String, CreditQueries.Stored> stored;
            if (sameLinks && last.seeds().equals(seeds)) {
                lastNetwork = "as stored";
                stored = queries.stored(candidates);
                net = new NetworkState(seeds, network.storedNetworks(stored), network.storedExposures(stored), entities);
            } else if (sameLinks && NetworkParts.blacklisted(last.seeds()).equals(NetworkParts.blacklisted(seeds))) {
                lastNetwork = "propagated, exposures as stored";
                Map<String, Network> networks = network.propagate(seeds, entities);
                candidates.addAll(queries.networkTouched());
                candidates.addAll(networks.keySet());
                stored = queries.stored(candidates);
                net = new NetworkState(seeds, networks, network.storedExposures(stored), entities);
            } else {
                lastNetwork = "propagated, exposures walked";
                net = network.compute(seeds, entities);
                candidates.addAll(queries.networkTouched());
                candidates.addAll(net.networks().keySet());
                candidates.addAll(net.exposures().keySet());
                stored = queries.stored(candidates);
            }
            long networkMs = ms(t0);
            Set<String> affected = new LinkedHashSet<>(changedIds);
            for (String id : candidates) {
                CreditQueries.Stored old = stored.get(id);
                if (old == null || !Objects.equals(old.networkJson(), json.write(net.networks().getOrDefault(id, Network.NONE)))
                        || !Objects.equals(old.exposures(), json.exposuresJson(net.exposures().get(id)))
                        || (added.contains(id) && !old.restricted())) {
                    affected.add(id);
                }
            }
            long scored = 0;
            long changed = 0;
            List<String> all = new ArrayList<>(affected);
            for (int i = 0; i < all.size(); i += properties.batchSize()) {
                List<String> ids = all.subList(i, Math.min(all.size(), i + properties.batchSize()));
                long[] counts = writer.rescore(ids, asOf, at, net, id -> added.contains(id)
                        || (stored.get(id) != null && stored.get(id).restricted()), null);
                scored += counts[0];
                changed += counts[1];
            }
            queries.recordRecomputation("INCREMENTAL", asOf, at, scored, changed);
            basis = new NetworkBasis(asOf, linkCount, seeds, entities);
            checks.forgetCachedRestrictions();
            RecomputationView view = new RecomputationView("INCREMENTAL", asOf, at, scored, changed, seeds.size(), ms(t0));
            log.info("Credit scores recomputed (incremental, {} changed ids) as of {}: {} scored, {} changed in {} ms "
                    + "(network {}: {} ms)", changedIds.size(), asOf, scored, changed, view.tookMs(), lastNetwork, networkMs);
            events.publishEvent(new ScoresRecomputed(view));
            grades.announce();
            return view;
        } finally {
            recomputing.unlock();
        }
    }

    /** How the last incremental recomputation came by its network part: as stored, or propagated (and how). */
    String lastNetwork() {
        return lastNetwork;
    }

    private static Set<String> ids(List<InForceSanction> inForce) {
        return inForce.stream().map(InForceSanction::sanctionId).collect(Collectors.toCollection(HashSet::new));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
