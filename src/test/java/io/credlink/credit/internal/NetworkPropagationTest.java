package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.internal.NetworkPropagation.Seed;

class NetworkPropagationTest {

    /** An undirected in-memory graph; ids starting with "N" are not parties (policies, identifiers…). */
    static final class MemoryGraph implements NetworkPropagation.Graph {
        final Map<String, Set<String>> links = new HashMap<>();
        int lookups;

        MemoryGraph link(String a, String b) {
            links.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            links.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            return this;
        }

        @Override
        public Map<String, Integer> degrees(Collection<String> ids) {
            Map<String, Integer> out = new HashMap<>();
            ids.forEach(id -> out.put(id, links.getOrDefault(id, Set.of()).size()));
            return out;
        }

        @Override
        public Map<String, Integer> partyDegrees(Collection<String> ids) {
            Map<String, Integer> out = new HashMap<>();
            ids.forEach(id -> out.put(id, (int) links.getOrDefault(id, Set.of()).stream().filter(n -> !n.startsWith("N")).count()));
            return out;
        }

        @Override
        public Map<String, List<NetworkPropagation.Neighbour>> neighbours(Collection<String> ids) {
            lookups += ids.size();
            Map<String, List<NetworkPropagation.Neighbour>> out = new HashMap<>();
            ids.forEach(id -> out.put(id, links.getOrDefault(id, Set.of()).stream().sorted()
                    .map(n -> new NetworkPropagation.Neighbour(n, !n.startsWith("N"))).toList()));
            return out;
        }
    }

    final CreditProperties.Network properties = CreditModelFixtures.defaults().network();
    final NetworkPropagation propagation = new NetworkPropagation(properties);

    @Test
    void exposureFallsWithEveryHop() {
        MemoryGraph g = new MemoryGraph().link("S", "A").link("A", "B").link("B", "C").link("C", "D");
        Map<String, Network> n = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 1, "BLACKLISTED")), g, 3);

        assertThat(n.get("A").exposure()).isGreaterThan(n.get("B").exposure());
        assertThat(n.get("B").exposure()).isGreaterThan(n.get("C").exposure());
        assertThat(n).doesNotContainKey("D"); // beyond maxHops (3)
        assertThat(n).doesNotContainKey("S"); // a source is not exposed to itself
        assertThat(n.get("A").exposure()).isEqualTo(properties.decayPerHop());
        assertThat(n.get("C").strongest().get(0).path()).containsExactly("S", "A", "B", "C");
    }

    @Test
    void hubsDiluteWhatCrossesThem() {
        MemoryGraph g = new MemoryGraph().link("S", "N-PHONE").link("N-PHONE", "X");
        MemoryGraph hub = new MemoryGraph().link("S", "N-PHONE").link("N-PHONE", "X");
        for (int i = 0; i < 50; i++) {
            hub.link("N-PHONE", "O" + i);
        }
        double direct = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 1, "FRAUD")), g, 3).get("X").exposure();
        double diluted = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 1, "FRAUD")), hub, 3).get("X").exposure();
        assertThat(diluted).isLessThan(direct / 10);
    }

    @Test
    void exposuresFromSeveralSourcesAddUpAndTheStrongestComesFirst() {
        MemoryGraph g = new MemoryGraph().link("S1", "X").link("S2", "N1").link("N1", "X");
        Map<String, Network> n = propagation.propagate(List.of(new NetworkPropagation.Seed("S1", 1, "BLACKLISTED"),
                new NetworkPropagation.Seed("S2", 1, "SANCTIONED")), g, 3);
        Network x = n.get("X");
        double s1 = x.strongest().get(0).mass();
        double s2 = x.strongest().get(1).mass();
        assertThat(x.strongest()).extracting(Network.Source::id).containsExactly("S1", "S2");
        assertThat(x.exposure()).isEqualTo(s1 + s2);
        assertThat(x.strongest().get(1).path()).containsExactly("S2", "N1", "X");
        assertThat(s1).isGreaterThan(s2);
    }

    @Test
    void aHeavierSourceExposesMore() {
        MemoryGraph g = new MemoryGraph().link("S", "X");
        double light = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 0.2, "SANCTIONED")), g, 3).get("X").exposure();
        double heavy = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 1, "BLACKLISTED")), g, 3).get("X").exposure();
        assertThat(heavy).isGreaterThan(light);
    }

    @Test
    void propagationStopsBelowTheMinimumMassSoHugeHubsAreNotExpanded() {
        MemoryGraph g = new MemoryGraph().link("S", "N-INSURER");
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            g.link("N-INSURER", "C" + i);
            customers.add("C" + i);
        }
        Map<String, Network> n = propagation.propagate(List.of(new NetworkPropagation.Seed("S", 1, "FRAUD")), g, 3);
        assertThat(n.keySet()).doesNotContainAnyElementsOf(customers);
        assertThat(g.lookups).isEqualTo(1); // only S was expanded
    }

    @Test
    void theMembersOfAResolvedEntityAreOneNode() {
        // S and T are one person under two insurers' ids, sharing a phone N1; X holds a policy NP
        // that T sold, four hops from S the way the graph goes
        MemoryGraph g = new MemoryGraph().link("S", "N1").link("T", "N1").link("T", "NP").link("NP", "X");
        ResolvedEntities entities = new ResolvedEntities(List.of(List.of("S", "T")));
        Seed seed = new Seed("S", 1, "BLACKLISTED");

        Map<String, Network> alone = propagation.propagate(List.of(seed), g, 3);
        Map<String, Network> resolved = propagation.propagate(List.of(seed), g, 3, entities);

        // alone, T is exposed to S through the phone and X is beyond three hops
        assertThat(alone).containsKey("T").doesNotContainKey("X");
        // resolved, no member is exposed to its own entity, and the seed starts from T as from S
        assertThat(resolved).doesNotContainKeys("S", "T");
        assertThat(resolved.get("X").strongest().get(0).path()).containsExactly("S", "T", "NP", "X");
        assertThat(resolved.get("X").exposure()).isEqualTo(properties.decayPerHop() * properties.decayPerHop() / 4); // T passes half of its mass to NP
    }

    @Test
    void reachingOneMemberReachesTheOthersWithTheSameMass() {
        // a source S linked to member U; V is U's entity-mate with a neighbour W of its own
        MemoryGraph g = new MemoryGraph().link("S", "U").link("V", "N2").link("N2", "W");
        ResolvedEntities entities = new ResolvedEntities(List.of(List.of("U", "V")));

        Map<String, Network> n = propagation.propagate(List.of(new Seed("S", 1, "SANCTIONED")), g, 3, entities);

        assertThat(n.get("V").exposure()).isEqualTo(n.get("U").exposure());
        assertThat(n.get("V").strongest().get(0).path()).containsExactly("S", "U", "V");
        // beyond V, as from U
        assertThat(n).containsKey("W");
        assertThat(propagation.propagate(List.of(new Seed("S", 1, "SANCTIONED")), g, 3)).doesNotContainKeys("V", "W");
    }
}
