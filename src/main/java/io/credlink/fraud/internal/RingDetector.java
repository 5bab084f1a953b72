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
import io.credlink.graph.SentenceValues;
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

    /**
     * @param resolveEntities count the members of a resolved entity as one node: their shared identifiers and
     *                        claims link nobody, and a person under two insurers' ids is one member of a group
     */
    List<Alert> rings(String scanId, LocalDate asOf, double marketRate, ClaimGraph claims, boolean resolveEntities) {
        Entities entities = resolveEntities ? ScanSteps.timed("RING.entities", this::entities) : Entities.NONE;
        PartyLinks links = ScanSteps.timed("RING.links", () -> links(claims, entities));
        Map<Long, List<String>> groups = ScanSteps.timed("RING.groups", () -> groups(links, claims, entities, scanId));
        return ScanSteps.timed("RING.scoring", () -> score(groups, asOf, marketRate, entities));
    }

    /** Resolved entities of several members: party id to resolved id, and each entity's members. */
    record Entities(Map<String, String> resolvedIds, Map<String, List<String>> members) {

        static final Entities NONE = new Entities(Map.of(), Map.of());

        String of(String partyId) {
            return resolvedIds.getOrDefault(partyId, partyId);
        }

        List<String> membersOf(String entityId) {
            return members.getOrDefault(entityId, List.of(entityId));
        }

        boolean resolving() {
            return !resolvedIds.isEmpty();
        }
    }

    private Entities entities() {
        Map<String, String> resolved = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        queries.stream("streamResolvedParties", Map.of(), r -> {
            String party = r.get("partyId").asString();
            String entity = r.get("resolvedId").asString();
            resolved.put(party, entity);
            // the smallest member carries no resolvedId: it is the entity's id
            resolved.put(entity, entity);
            members.computeIfAbsent(entity, k -> new ArrayList<>(List.of(entity))).add(party);
        });
        members.values().forEach(l -> l.sort(null));
        return new Entities(resolved, members);
    }

    /**
     * Two parties are linked by each identifier they share, {@code identifierWeight / (h - 1)} for
     * h holders (none above {@code maxIdentifierHolders}), and by each claim both are on as claimant
     * or claim party, {@code 1 / (n - 1)} for its n people, leaving out people on more than
     * {@code maxPartyClaims} claims; links below {@code minLinkWeight} are dropped.
     */
    private PartyLinks links(ClaimGraph claims, Entities entities) {
        PartyLinks links = new PartyLinks();
        queries.stream("streamIdentifierHolders", Map.of("maxIdentifierHolders", props.maxIdentifierHolders()), r -> {
            List<String> holders = FraudQueries.strings(r.get("partyIds"));
            if (!entities.resolving()) {
                links.addIdentifier(holders, props.identifierWeight() / (r.get("holders").asLong() - 1));
                return;
            }
            // an identifier that the members of one entity share is that person's own: count holders by entity
            List<String> distinct = holders.stream().map(entities::of).distinct().toList();
            if (distinct.size() >= 2) {
                links.addIdentifier(distinct, props.identifierWeight() / (distinct.size() - 1));
            }
        });
        // a person's claims under all their ids count against maxPartyClaims
        Map<String, Integer> entityClaimLinks = new HashMap<>();
        for (int j = 0; entities.resolving() && j < claims.parties(); j++) {
            String party = claims.partyIds.get(j);
            if (entities.resolvedIds().containsKey(party)) {
                entityClaimLinks.merge(entities.of(party), claims.claimLinks(j), Integer::sum);
            }
        }
        int[] linkIndex = new int[claims.parties()];
        java.util.Arrays.fill(linkIndex, -1);
        for (int i = 0; i < claims.claims(); i++) {
            int[] people = claims.people.get(i);
            int[] eligible = new int[people.length];
            int n = 0;
            for (int j : people) {
                String entity = entities.of(claims.partyIds.get(j));
                if (entityClaimLinks.getOrDefault(entity, claims.claimLinks(j)) <= props.maxPartyClaims()) {
                    if (linkIndex[j] < 0) {
                        linkIndex[j] = links.party(entity);
                    }
                    eligible[n++] = linkIndex[j];
                }
            }
            // two ids of one person on a claim are one person on it
            links.addClaim(entities.resolving() ? java.util.Arrays.stream(eligible, 0, n).distinct().toArray()
                    : java.util.Arrays.copyOf(eligible, n));
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
    private Map<Long, List<String>> groups(PartyLinks links, ClaimGraph claims, Entities entities, String scanId) {
        List<int[]> candidates = new ArrayList<>();
        boolean anyLarge = false;
        for (int[] group : links.groups()) {
            long filed = 0;
            for (int m : group) {
                for (String party : entities.membersOf(links.ids.get(m))) {
                    filed += claims.filed(claims.party(party));
                }
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
    private List<Alert> score(Map<Long, List<String>> groups, LocalDate asOf, double marketRate, Entities entities) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Map.Entry<Long, List<String>> g : groups.entrySet()) {
            if (g.getValue().size() >= 2) {
                // the group's nodes are entities: describe every member party of each
                List<String> parties = new ArrayList<>();
                g.getValue().forEach(e -> parties.addAll(entities.membersOf(e)));
                parties.sort(null);
                candidates.add(Map.of("key", String.valueOf(g.getKey()), "memberIds", parties));
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
            Found f = evaluate(r, professionalClaims, marketRate, entities);
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
            List<String> named = new ArrayList<>(f.members);
            named.addAll(f.claims);
            alerts.add(Alert.of(AlertKind.RING, f.result.score(), f.consumers, named, f.members, f.claims, f.evidence));
        }
        return alerts;
    }

    private record Found(String key, RingScoring.Result result, List<String> consumers, List<String> members,
                         List<String> claims, Map<String, Object> evidence) {
    }

    private Found evaluate(Record r, Map<String, Long> professionalClaims, double marketRate, Entities entities) {
        List<String> consumers = new ArrayList<>();
        Set<String> members = new TreeSet<>();
        // a person under several insurers' ids is one member: count entities, name every id
        Set<String> consumerEntities = new TreeSet<>();
        Set<String> memberEntities = new TreeSet<>();
        List<String> sanctionedMembers = new ArrayList<>();
        for (Value m : r.get("members").values()) {
            members.add(m.get("id").asString());
            memberEntities.add(entities.of(m.get("id").asString()));
            if ("Consumer".equals(m.get("type").asString(null))) {
                consumers.add(m.get("id").asString());
                consumerEntities.add(entities.of(m.get("id").asString()));
            }
            if (m.get("sanctioned").asBoolean(false)) {
                sanctionedMembers.add(m.get("id").asString());
            }
        }
        List<RingScoring.GroupClaim> claims = new ArrayList<>();
        List<Map<String, Object>> claimFacts = new ArrayList<>();
        for (Value c : r.get("claims").values()) {
            int others = 0;
            String claimant = entities.of(c.get("claimantId").asString());
            for (Value mp : c.get("memberParties").values()) {
                if (!entities.of(mp.get("id").asString()).equals(claimant)) {
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
        if (consumerEntities.size() < 2 || claims.size() < props.minClaims()) {
            return null;
        }
        RingScoring.Result result = RingScoring.score(consumerEntities.size(), claims, professionalClaims, marketRate,
                !sanctionedMembers.isEmpty(), props);
        for (RingScoring.Concentration c : result.attached()) {
            members.add(c.professionalId());
            memberEntities.add(entities.of(c.professionalId()));
        }
        if (memberEntities.size() < props.minMembers() || result.score() < props.minScore()) {
            return null;
        }
        List<String> claimIds = claims.stream().map(RingScoring.GroupClaim::id).sorted().toList();
        double amount = claims.stream().mapToDouble(RingScoring.GroupClaim::amount).sum();
        Map<String, Object> evidence = new LinkedHashMap<>();
        EvidenceSummary.put(evidence, consumerEntities.size() + " linked consumers with " + claims.size() + " claims ("
                + result.claimsPerMember() + " per member against " + round(marketRate) + " in the market)", "fraud.ring",
                SentenceValues.of("consumers", consumerEntities.size(), "claims", claims.size(),
                        "claimsPerMember", result.claimsPerMember(), "marketClaimsPerConsumer", round(marketRate)));
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
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (String entity : memberEntities) {
            List<String> ids = entities.membersOf(entity);
            if (ids.size() > 1) {
                resolved.add(Map.of("resolvedId", entity, "memberIds", ids));
            }
        }
        evidence.put("resolvedEntities", resolved);
        evidence.put("claims", claimFacts);
        consumers.sort(null);
        return new Found(r.get("key").asString(), result, consumers, List.copyOf(members), claimIds, evidence);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
