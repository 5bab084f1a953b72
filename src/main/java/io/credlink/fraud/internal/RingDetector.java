package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.fraud.AlertKind;
import io.credlink.fraud.FraudProperties;

/**
 * RING: projects the weighted party-party linkage into GDS, takes its connected groups (WCC),
 * splits groups too large to be one ring into Louvain communities (both single-threaded, so the
 * output is reproducible), scores each group's claim activity against the market with
 * {@link RingScoring}, and raises one alert per group scoring at least {@code minScore}. The
 * projected graph is always dropped.
 */
@Component
class RingDetector {

    private final FraudQueries queries;
    private final FraudProperties.Ring props;

    RingDetector(FraudQueries queries, FraudProperties props) {
        this.queries = queries;
        this.props = props.ring();
    }

    List<Alert> rings(String scanId, LocalDate asOf, double marketRate) {
        String graph = "fraud-links-" + scanId;
        Map<Long, List<String>> groups;
        try {
            List<Record> projected = queries.call("projectPartyLinks", Map.of("graphName", graph,
                    "identifierWeight", props.identifierWeight(), "maxIdentifierHolders", props.maxIdentifierHolders(),
                    "maxPartyClaims", props.maxPartyClaims(), "minLinkWeight", props.minLinkWeight()));
            if (projected.isEmpty() || projected.get(0).get("graphName").isNull()) {
                return List.of();
            }
            groups = groups(graph);
        } finally {
            queries.call("dropProjection", Map.of("graphName", graph));
        }
        return score(groups, asOf, marketRate);
    }

    /** WCC components; those above maxGroupSize split by Louvain. Keys are stable per run. */
    private Map<Long, List<String>> groups(String graph) {
        Map<Long, List<String>> components = new TreeMap<>();
        Map<Long, Long> claims = new HashMap<>();
        for (Record r : queries.call("streamLinkComponents", Map.of("graphName", graph,
                "minLinkWeight", props.minLinkWeight()))) {
            long component = r.get("componentId").asLong();
            components.computeIfAbsent(component, k -> new ArrayList<>()).add(r.get("partyId").asString());
            claims.merge(component, r.get("claims").asLong(), Long::sum);
        }
        // a group whose members filed fewer claims than a ring needs is no candidate (most households)
        components.keySet().removeIf(c -> claims.get(c) < props.minClaims());
        boolean anyLarge = components.values().stream().anyMatch(c -> c.size() > props.maxGroupSize());
        if (!anyLarge) {
            return components;
        }
        Map<String, Long> community = new HashMap<>();
        for (Record r : queries.call("streamLinkCommunities", Map.of("graphName", graph))) {
            community.put(r.get("partyId").asString(), r.get("communityId").asLong());
        }
        Map<Long, List<String>> out = new TreeMap<>();
        long next = 0;
        for (List<String> members : components.values()) {
            if (members.size() <= props.maxGroupSize()) {
                out.put(next++, members);
                continue;
            }
            Map<Long, List<String>> split = new TreeMap<>();
            for (String m : members) {
                split.computeIfAbsent(community.getOrDefault(m, -1L), k -> new ArrayList<>()).add(m);
            }
            for (List<String> part : split.values()) {
                out.put(next++, part);
            }
        }
        return out;
    }

    private List<Alert> score(Map<Long, List<String>> groups, LocalDate asOf, double marketRate) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Map.Entry<Long, List<String>> g : groups.entrySet()) {
            if (g.getValue().size() >= 2) {
                candidates.add(Map.of("key", String.valueOf(g.getKey()), "memberIds", g.getValue()));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Record> described = queries.read("describeGroups", Map.of("groups", candidates, "asOf", asOf,
                "minMembers", 2, "minClaims", props.minClaims()));
        Set<String> professionals = new TreeSet<>();
        for (Record r : described) {
            for (Value c : r.get("claims").values()) {
                for (String k : List.of("providerId", "adjusterId", "agentId", "intermediaryId")) {
                    if (!c.get(k).isNull()) {
                        professionals.add(c.get(k).asString());
                    }
                }
            }
        }
        Map<String, Long> professionalClaims = new HashMap<>();
        if (!professionals.isEmpty()) {
            for (Record r : queries.read("countProfessionalClaims", Map.of("ids", List.copyOf(professionals)))) {
                professionalClaims.put(r.get("id").asString(), r.get("claims").asLong());
            }
        }
        List<Found> found = new ArrayList<>();
        for (Record r : described) {
            Found f = evaluate(r, professionalClaims, marketRate);
            if (f != null) {
                found.add(f);
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object>> shared = new HashMap<>();
        List<Map<String, Object>> ringGroups = new ArrayList<>();
        for (Found f : found) {
            ringGroups.add(Map.of("key", f.key, "memberIds", f.members));
        }
        for (Record r : queries.read("describeSharedIdentifiers", Map.of("groups", ringGroups))) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) FraudQueries.plain(r.get("shared"));
            shared.put(r.get("key").asString(), list);
        }
        List<Alert> alerts = new ArrayList<>();
        for (Found f : found) {
            f.evidence.put("sharedIdentifiers", shared.getOrDefault(f.key, List.of()));
            List<String> entities = new ArrayList<>(f.members);
            entities.addAll(f.claims);
            alerts.add(Alert.of(AlertKind.RING, f.result.score(), f.consumers, entities, f.members, f.claims, f.evidence));
        }
        return alerts;
    }

    private record Found(String key, RingScoring.Result result, List<String> consumers, List<String> members,
                         List<String> claims, Map<String, Object> evidence) {
    }

    private Found evaluate(Record r, Map<String, Long> professionalClaims, double marketRate) {
        List<String> consumers = new ArrayList<>();
        Set<String> members = new TreeSet<>();
        List<String> sanctionedMembers = new ArrayList<>();
        for (Value m : r.get("members").values()) {
            members.add(m.get("id").asString());
            if ("Consumer".equals(m.get("type").asString(null))) {
                consumers.add(m.get("id").asString());
            }
            if (m.get("sanctioned").asBoolean(false)) {
                sanctionedMembers.add(m.get("id").asString());
            }
        }
        List<RingScoring.GroupClaim> claims = new ArrayList<>();
        List<Map<String, Object>> claimFacts = new ArrayList<>();
        for (Value c : r.get("claims").values()) {
            int others = 0;
            for (Value mp : c.get("memberParties").values()) {
                if (!mp.get("id").asString().equals(c.get("claimantId").asString())) {
                    others++;
                }
            }
            claims.add(new RingScoring.GroupClaim(c.get("id").asString(), c.get("claimantId").asString(),
                    c.get("amount").isNull() ? 0 : c.get("amount").asDouble(),
                    c.get("incidentDate").isNull() ? null : c.get("incidentDate").asLocalDate(),
                    c.get("providerId").asString(null), c.get("adjusterId").asString(null),
                    c.get("agentId").asString(null), c.get("intermediaryId").asString(null), others));
            @SuppressWarnings("unchecked")
            Map<String, Object> fact = (Map<String, Object>) FraudQueries.plain(c);
            claimFacts.add(fact);
        }
        if (consumers.size() < 2 || claims.size() < props.minClaims()) {
            return null;
        }
        RingScoring.Result result = RingScoring.score(consumers.size(), claims, professionalClaims, marketRate,
                !sanctionedMembers.isEmpty(), props);
        for (RingScoring.Concentration c : result.attached()) {
            members.add(c.professionalId());
        }
        if (members.size() < props.minMembers() || result.score() < props.minScore()) {
            return null;
        }
        List<String> claimIds = claims.stream().map(RingScoring.GroupClaim::id).sorted().toList();
        double amount = claims.stream().mapToDouble(RingScoring.GroupClaim::amount).sum();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("summary", consumers.size() + " linked consumers with " + claims.size() + " claims ("
                + result.claimsPerMember() + " per member against " + round(marketRate) + " in the market)");
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("activity", result.activity());
        features.put("crossRoles", result.crossRoles());
        features.put("concentration", result.concentration());
        features.put("burst", result.burst());
        features.put("sanctioned", result.sanctioned());
        evidence.put("features", features);
        Map<String, Object> peers = new LinkedHashMap<>();
        peers.put("claimsPerMember", result.claimsPerMember());
        peers.put("marketClaimsPerConsumer", round(marketRate));
        peers.put("totalAmount", Math.round(amount * 100) / 100.0);
        evidence.put("peers", peers);
        List<Map<String, Object>> concentrations = new ArrayList<>();
        for (RingScoring.Concentration c : result.attached()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("professionalId", c.professionalId());
            m.put("role", c.role());
            m.put("groupClaims", c.groupClaims());
            m.put("totalClaims", c.totalClaims());
            m.put("shareOfGroupClaims", c.shareOfGroup());
            m.put("shareOfProfessionalClaims", c.shareOfProfessional());
            concentrations.add(m);
        }
        evidence.put("concentrations", concentrations);
        evidence.put("sanctionedMembers", sanctionedMembers);
        evidence.put("claims", claimFacts);
        consumers.sort(null);
        return new Found(r.get("key").asString(), result, consumers, List.copyOf(members), claimIds, evidence);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
