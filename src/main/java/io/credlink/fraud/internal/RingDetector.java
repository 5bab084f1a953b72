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
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionService;

/**
 * RING: sums the weighted party-party linkage ({@link PartyLinks}), takes its connected groups,
 * splits groups too large to be one ring into GDS Louvain communities (single-threaded, on a
 * graph projected in a fixed order, so the output is reproducible), scores each group's claim
 * activity against the market with {@link RingScoring}, and raises one alert per group scoring at
 * least {@code minScore}. The projected graph is always dropped.
 */
@Component
class RingDetector {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RingDetector.class);

    private final FraudQueries queries;
    private final FraudProperties.Ring props;
    private final SanctionService sanctions;

    RingDetector(FraudQueries queries, FraudProperties props, SanctionService sanctions) {
        this.queries = queries;
        this.props = props.ring();
        this.sanctions = sanctions;
    }

    List<Alert> rings(String scanId, LocalDate asOf, double marketRate, ClaimGraph claims) {
        PartyLinks links = ScanSteps.timed("RING.links", () -> links(claims));
        Map<Long, List<String>> groups = ScanSteps.timed("RING.groups", () -> groups(links, claims, scanId));
        return ScanSteps.timed("RING.scoring", () -> score(groups, asOf, marketRate));
    }

    /**
     * Two parties are linked by each identifier they share, {@code identifierWeight / (h - 1)} for
     * h holders (none above {@code maxIdentifierHolders}), and by each claim both are on as claimant
     * or claim party, {@code 1 / (n - 1)} for its n people, leaving out people on more than
     * {@code maxPartyClaims} claims; links below {@code minLinkWeight} are dropped.
     */
    private PartyLinks links(ClaimGraph claims) {
        PartyLinks links = new PartyLinks();
        queries.stream("streamIdentifierHolders", Map.of("maxIdentifierHolders", props.maxIdentifierHolders()),
                r -> links.addIdentifier(FraudQueries.strings(r.get("partyIds")),
                        props.identifierWeight() / (r.get("holders").asLong() - 1)));
        int[] linkIndex = new int[claims.parties()];
        java.util.Arrays.fill(linkIndex, -1);
        for (int i = 0; i < claims.claims(); i++) {
            int[] people = claims.people.get(i);
            int[] eligible = new int[people.length];
            int n = 0;
            for (int j : people) {
                if (claims.claimLinks(j) <= props.maxPartyClaims()) {
                    if (linkIndex[j] < 0) {
                        linkIndex[j] = links.party(claims.partyIds.get(j));
                    }
                    eligible[n++] = linkIndex[j];
                }
            }
            links.addClaim(java.util.Arrays.copyOf(eligible, n));
        }
        links.keepLinks(props.minLinkWeight());
        return links;
    }

    /**
     * Connected groups whose members filed at least {@code minClaims} claims (the others are no
     * candidates: most households); those above {@code maxGroupSize} split into their Louvain
     * communities, Louvain running on the links of those groups only. Members sorted by id; keys
     * are stable per run.
     */
    private Map<Long, List<String>> groups(PartyLinks links, ClaimGraph claims, String scanId) {
        List<int[]> candidates = new ArrayList<>();
        boolean anyLarge = false;
        for (int[] group : links.groups()) {
            long filed = 0;
            for (int m : group) {
                filed += claims.filed(claims.party(links.ids.get(m)));
            }
            if (filed >= props.minClaims()) {
                candidates.add(group);
                anyLarge |= group.length > props.maxGroupSize();
            }
        }
        Map<Long, Long> community = anyLarge ? communities(links, candidates, scanId) : Map.of();
        Map<Long, List<String>> out = new TreeMap<>();
        long next = 0;
        for (int[] group : candidates) {
            if (group.length <= props.maxGroupSize()) {
                out.put(next++, sortedIds(links, group, 0, group.length));
                continue;
            }
            Map<Long, List<Integer>> split = new TreeMap<>();
            for (int m : group) {
                split.computeIfAbsent(community.getOrDefault((long) m, -1L), k -> new ArrayList<>()).add(m);
            }
            for (List<Integer> part : split.values()) {
                int[] members = part.stream().mapToInt(Integer::intValue).toArray();
                out.put(next++, sortedIds(links, members, 0, members.length));
            }
        }
        return out;
    }

    private static List<String> sortedIds(PartyLinks links, int[] members, int from, int to) {
        List<String> ids = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            ids.add(links.ids.get(members[k]));
        }
        ids.sort(null);
        return ids;
    }

    /** Louvain communities (by party index) of the groups above maxGroupSize; the projection is always dropped. */
    private Map<Long, Long> communities(PartyLinks links, List<int[]> candidates, String scanId) {
        boolean[] large = new boolean[links.ids.size()];
        for (int[] group : candidates) {
            if (group.length > props.maxGroupSize()) {
                for (int m : group) {
                    large[m] = true;
                }
            }
        }
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < links.links(); k++) {
            if (large[links.source(k)]) {
                sources.add(links.ids.get(links.source(k)));
                targets.add(links.ids.get(links.target(k)));
                weights.add(links.weight(k));
            }
        }
        String graph = "fraud-links-" + scanId;
        Map<Long, Long> community = new HashMap<>();
        try {
            ScanSteps.timed("RING.louvainProjection", () -> queries.call("projectLouvainLinks", Map.of("graphName", graph,
                    "sources", sources, "targets", targets, "weights", weights)));
            for (Record r : ScanSteps.timed("RING.louvain", () -> queries.call("streamLinkCommunities",
                    Map.of("graphName", graph)))) {
                community.put((long) links.indexOf(r.get("partyId").asString()), r.get("communityId").asLong());
            }
        } finally {
            queries.call("dropProjection", Map.of("graphName", graph));
        }
        log.info("fraud scan RING: {} links, Louvain on {} of them", links.links(), sources.size());
        return community;
    }

    @SuppressWarnings("unchecked")
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
        // members blacklisted on the day, as the sanction module says (it owns "in force")
        Set<String> members = new TreeSet<>();
        candidates.forEach(c -> members.addAll((List<String>) c.get("memberIds")));
        List<String> blacklisted = sanctions.inForce(asOf, members).stream().filter(InForceSanction::blacklist)
                .map(InForceSanction::subjectId).distinct().toList();
        List<Record> described = ScanSteps.timed("RING.describeGroups", () -> queries.read("describeGroups", Map.of("groups",
                candidates, "blacklisted", blacklisted, "minMembers", 2, "minClaims", props.minClaims())));
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
