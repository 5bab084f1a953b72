package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CreditProperties;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionService;

/**
 * The network part of a recomputation: the risk sources of a day (sanctions in force, as the
 * sanction module says, and FRAUD claims), exposure propagated from them, and the blacklisted
 * parties near every party ({@link ExposureWalk}); or the same read back from stored scores.
 */
@Component
class NetworkParts {

    private static final int STRONGEST = 3;

    private final CreditQueries queries;
    private final SanctionService sanctions;
    private final CreditProperties.Network properties;
    private final ScoringModel model;
    private final NetworkPropagation propagation;
    private final ExposureWalk walk;
    private final StoredJson json;

    NetworkParts(CreditQueries queries, SanctionService sanctions, CreditProperties properties, StoredJson json) {
        this.queries = queries;
        this.sanctions = sanctions;
        this.properties = properties.network();
        this.model = new ScoringModel(properties);
        this.propagation = new NetworkPropagation(properties.network());
        this.walk = new ExposureWalk(queries, properties.network());
        this.json = json;
    }

    /**
     * Seeds, propagated exposure and blacklisted parties near each party, and the resolved entities
     * they were computed on (whose members score as one party).
     */
    record NetworkState(List<NetworkPropagation.Seed> seeds, Map<String, Network> networks,
            Map<String, List<Exposure>> exposures, ResolvedEntities entities) {
    }

    NetworkState compute(List<NetworkPropagation.Seed> seeds, ResolvedEntities entities) {
        return new NetworkState(seeds, propagate(seeds, entities), walk.from(blacklisted(seeds), entities), entities);
    }

    Map<String, Network> propagate(List<NetworkPropagation.Seed> seeds, ResolvedEntities entities) {
        return propagation.propagate(seeds, queries, STRONGEST, entities);
    }

    /**
     * The risk sources on {@code asOf} with their masses: one per resolved entity (its strongest
     * reason, named by the member it holds for), since its members are one party.
     */
    List<NetworkPropagation.Seed> seeds(LocalDate asOf, ResolvedEntities entities) {
        Map<String, NetworkPropagation.Seed> byEntity = new TreeMap<>();
        for (NetworkPropagation.Seed s : seeds(asOf)) {
            byEntity.merge(entities.resolvedId(s.id()), s, NetworkParts::stronger);
        }
        return byEntity.values().stream().sorted(java.util.Comparator.comparing(NetworkPropagation.Seed::id)).toList();
    }

    /** The risk sources on {@code asOf} with their masses, by id (the strongest reason of a party). */
    private List<NetworkPropagation.Seed> seeds(LocalDate asOf) {
        Map<String, NetworkPropagation.Seed> seeds = new TreeMap<>();
        for (InForceSanction s : sanctions.inForce(asOf, null)) {
            double mass = s.blacklist() ? properties.blacklistWeight()
                    : properties.sanctionWeight() * Math.max(1, Math.min(5, s.severity())) / 5.0;
            add(seeds, new NetworkPropagation.Seed(s.subjectId(), mass, s.blacklist() ? "BLACKLISTED" : "SANCTIONED"));
        }
        for (CreditQueries.RiskRow row : queries.fraudSources(asOf)) {
            add(seeds, new NetworkPropagation.Seed(row.id(), properties.fraudWeight() * model.decay(row.since(), asOf),
                    row.reason()));
        }
        return List.copyOf(seeds.values());
    }

    private static void add(Map<String, NetworkPropagation.Seed> seeds, NetworkPropagation.Seed seed) {
        seeds.merge(seed.id(), seed, NetworkParts::stronger);
    }

    private static NetworkPropagation.Seed stronger(NetworkPropagation.Seed a, NetworkPropagation.Seed b) {
        return a.mass() > b.mass() || (a.mass() == b.mass() && a.id().compareTo(b.id()) <= 0) ? a : b;
    }

    static List<String> blacklisted(List<NetworkPropagation.Seed> seeds) {
        return seeds.stream().filter(s -> s.reason().equals("BLACKLISTED")).map(NetworkPropagation.Seed::id).toList();
    }

    /** The stored network parts of these parties, as a propagation would give them. */
    Map<String, Network> storedNetworks(Map<String, CreditQueries.Stored> stored) {
        Map<String, Network> out = new HashMap<>();
        stored.forEach((id, s) -> {
            Network n = json.network(s.networkJson());
            if (!n.equals(Network.NONE)) {
                out.put(id, n);
            }
        });
        return out;
    }

    /** The stored exposures of these parties, as the exposure walk would give them. */
    Map<String, List<Exposure>> storedExposures(Map<String, CreditQueries.Stored> stored) {
        Map<String, List<Exposure>> out = new HashMap<>();
        stored.forEach((id, s) -> {
            List<Exposure> e = json.exposures(s.exposures());
            if (!e.isEmpty()) {
                out.put(id, e);
            }
        });
        return out;
    }
}
