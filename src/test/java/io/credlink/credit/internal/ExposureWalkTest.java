package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CreditProperties;
import io.credlink.credit.internal.NetworkPropagationTest.MemoryGraph;

/**
 * The exposure walk against breadth-first distances computed here, with its blacklisted parties
 * walked all at once, in a few batches and one at a time: the batches must not change who is listed.
 */
class ExposureWalkTest {

    final CreditProperties.Network properties = CreditModelFixtures
            .properties(Map.of("credlink.credit.network.max-exposures", "3")).network();

    @Test
    void everyBatchingListsTheNearestBlacklistedPartiesOfEveryParty() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            MemoryGraph g = new MemoryGraph();
            List<String> nodes = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                nodes.add(String.format("%s%03d", i % 8 == 0 ? "N" : "P", i));
            }
            for (int i = 0; i < 320; i++) {
                String a = nodes.get(random.nextInt(nodes.size()));
                String b = nodes.get(random.nextInt(nodes.size()));
                if (!a.equals(b)) {
                    g.link(a, b);
                }
            }
            List<String> parties = nodes.stream().filter(n -> n.startsWith("P")).toList();
            List<List<String>> groups = new ArrayList<>();
            Set<String> grouped = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                Set<String> group = new LinkedHashSet<>();
                while (group.size() < 2 + random.nextInt(2)) {
                    String p = parties.get(random.nextInt(parties.size()));
                    if (!grouped.contains(p)) {
                        group.add(p);
                    }
                }
                grouped.addAll(group);
                groups.add(List.copyOf(group));
            }
            ResolvedEntities entities = new ResolvedEntities(groups);
            Set<String> sources = new java.util.TreeSet<>();
            while (sources.size() < 30) {
                sources.add(entities.resolvedId(parties.get(random.nextInt(parties.size()))));
            }
            List<String> blacklisted = List.copyOf(sources);

            Map<String, List<Exposure>> expected = nearest(g, blacklisted, entities);
            Map<String, List<Exposure>> together = new ExposureWalk(g, properties, Long.MAX_VALUE).from(blacklisted, entities);
            Map<String, List<Exposure>> oneByOne = new ExposureWalk(g, properties, 1).from(blacklisted, entities);
            Map<String, List<Exposure>> some = new ExposureWalk(g, properties, 40).from(blacklisted, entities);

            assertThat(sourcesAndHops(together)).as("seed %d", seed).isEqualTo(sourcesAndHops(expected));
            assertThat(oneByOne).as("seed %d", seed).isEqualTo(together);
            assertThat(some).as("seed %d", seed).isEqualTo(together);
            together.forEach((party, exposures) -> exposures.forEach(e -> assertPathOf(g, entities, party, e)));
        }
    }

    @Test
    void aNearerBlacklistedPartyWalkedLaterStillDisplacesFartherOnes() {
        // Z1, Z2, Z3 reach X in two hops and are walked first; A in one hop, then B in two hops:
        // X's three nearest are A (one hop), then B and Z1 (two hops, by id).
        MemoryGraph g = new MemoryGraph().link("A", "X").link("B", "M").link("M", "X");
        List.of("Z1", "Z2", "Z3").forEach(z -> g.link(z, "M" + z).link("M" + z, "X"));
        List<String> order = List.of("Z3", "Z2", "A", "Z1", "B");

        Map<String, List<Exposure>> out = new ExposureWalk(g, properties, 1).from(order, ResolvedEntities.NONE);

        assertThat(out.get("X")).extracting(Exposure::entityId).containsExactly("A", "B", "Z1");
        assertThat(out.get("X")).extracting(Exposure::hops).containsExactly(1, 2, 2);
    }

    @Test
    void aBlacklistedHubIsWalkedInABatchOfItsOwn() {
        // H reaches 40 policyholders' policies; A and B reach a handful. Within a budget of 30
        // visited nodes the walk goes A, then H alone, then B: each batch asks for the neighbours
        // of its starts and of its first hop, after one look at every source's neighbourhood.
        MemoryGraph g = new MemoryGraph().link("A", "A1").link("B", "B1");
        for (int i = 0; i < 40; i++) {
            g.link("H", "NPOL" + i).link("NPOL" + i, "C" + i);
        }
        List<List<String>> asked = new ArrayList<>();
        NetworkPropagation.Graph recorded = new NetworkPropagation.Graph() {
            @Override
            public Map<String, Integer> degrees(java.util.Collection<String> ids) {
                return g.degrees(ids);
            }

            @Override
            public Map<String, Integer> partyDegrees(java.util.Collection<String> ids) {
                return g.partyDegrees(ids);
            }

            @Override
            public Map<String, List<NetworkPropagation.Neighbour>> neighbours(java.util.Collection<String> ids) {
                asked.add(List.copyOf(new java.util.TreeSet<>(ids)));
                return g.neighbours(ids);
            }
        };

        Map<String, List<Exposure>> out = new ExposureWalk(recorded, properties, 30).from(List.of("A", "H", "B"), ResolvedEntities.NONE);

        assertThat(asked).hasSize(1 + 3 * 2);
        assertThat(asked.get(0)).containsExactly("A", "B", "H");
        assertThat(asked.get(1)).containsExactly("A");
        assertThat(asked.get(3)).containsExactly("H");
        assertThat(asked.get(5)).containsExactly("B");
        assertThat(out.get("C7")).extracting(Exposure::entityId).containsExactly("H");
        assertThat(new ExposureWalk(g, properties, Long.MAX_VALUE).from(List.of("A", "H", "B"), ResolvedEntities.NONE)).isEqualTo(out);
    }

    /** By breadth-first distance from every blacklisted entity, the members of an entity being one node. */
    private Map<String, List<Exposure>> nearest(MemoryGraph g, List<String> blacklisted, ResolvedEntities entities) {
        Map<String, List<Exposure>> all = new TreeMap<>();
        for (String source : blacklisted) {
            Map<String, Integer> hops = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            for (String m : entities.members(source)) {
                hops.put(m, 0);
                queue.add(m);
            }
            while (!queue.isEmpty()) {
                String node = queue.poll();
                int h = hops.get(node);
                if (h == properties.exposureHops()) {
                    continue;
                }
                for (var n : g.neighbours(List.of(node)).get(node)) {
                    List<String> reached = n.party() ? entities.members(n.id()) : List.of(n.id());
                    for (String r : reached.contains(n.id()) ? reached : List.of(n.id())) {
                        if (hops.putIfAbsent(r, h + 1) == null) {
                            queue.add(r);
                        }
                    }
                }
            }
            hops.forEach((node, h) -> {
                if (h > 0 && !node.startsWith("N")) {
                    all.computeIfAbsent(node, k -> new ArrayList<>()).add(new Exposure(source, h, List.of()));
                }
            });
        }
        all.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(Exposure::hops).thenComparing(Exposure::entityId))
                .limit(properties.maxExposures()).toList());
        return all;
    }

    private static Map<String, List<String>> sourcesAndHops(Map<String, List<Exposure>> exposures) {
        Map<String, List<String>> out = new TreeMap<>();
        exposures.forEach((party, list) -> out.put(party, list.stream().map(e -> e.entityId() + "@" + e.hops()).toList()));
        return out;
    }

    /** The path runs from the party to the blacklisted party along links or between members of one entity. */
    private static void assertPathOf(MemoryGraph g, ResolvedEntities entities, String party, Exposure e) {
        List<String> path = e.path();
        assertThat(path.get(0)).isEqualTo(party);
        assertThat(entities.together(path.get(path.size() - 1), e.entityId())).isTrue();
        int links = 0;
        for (int i = 1; i < path.size(); i++) {
            String a = path.get(i - 1);
            String b = path.get(i);
            if (!entities.together(a, b)) {
                assertThat(g.links.getOrDefault(a, Set.of())).as("%s to %s in %s", a, b, path).contains(b);
                links++;
            }
        }
        assertThat(links).as("links of %s", path).isEqualTo(e.hops());
    }
}
