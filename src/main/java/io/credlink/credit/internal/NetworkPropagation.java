package io.credlink.credit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.credlink.credit.CreditProperties;

/**
 * Risk propagated from the risky parties along the graph, level by level (one batched look-up of
 * the frontier's links per hop). A node holding mass m passes {@code m × decayPerHop / degree} to
 * each of its neighbours (a random walk with a restart: hubs dilute what crosses them); a node is
 * expanded only while that share stays at or above {@code minMass}, so propagation stays local
 * however large the graph. Per source only the strongest path counts, never a path that returns
 * to a node on it; a party's exposure is the sum over sources (its own source status excluded).
 */
final class NetworkPropagation {

    /** Where propagation reads the graph from. */
    interface Graph {
        /** Degree (links that propagation follows) of each id. */
        Map<String, Integer> degrees(Collection<String> ids);

        /** Neighbours of each id that propagation follows, with whether each is a party. */
        Map<String, List<Neighbour>> neighbours(Collection<String> ids);

        /** How many distinct parties are among the neighbours of each id. */
        Map<String, Integer> partyDegrees(Collection<String> ids);
    }

    record Neighbour(String id, boolean party) {
    }

    /** A risky party and the mass it starts with. */
    record Seed(String id, double mass, String reason) {
    }

    private record Reach(String node, Seed seed, double mass, List<String> path) {
    }

    private final CreditProperties.Network p;

    NetworkPropagation(CreditProperties.Network properties) {
        this.p = properties;
    }

    /** The exposure of every party reached, with its strongest sources (at most {@code keep}). */
    Map<String, Network> propagate(Collection<Seed> seeds, Graph graph, int keep) {
        return propagate(seeds, graph, keep, ResolvedEntities.NONE);
    }

    /**
     * As above, the members of each resolved entity being one node: a seed starts from every member
     * of its entity, reaching one member reaches the others with the same mass (the step between them
     * costs nothing), and no member is exposed to a source of its own entity.
     */
    Map<String, Network> propagate(Collection<Seed> seeds, Graph graph, int keep, ResolvedEntities entities) {
        Map<String, Map<String, Reach>> best = new HashMap<>();
        Set<String> parties = new HashSet<>();
        List<Reach> frontier = new ArrayList<>();
        for (Seed s : seeds) {
            if (s.mass() > 0) {
                for (String member : entities.members(s.id())) {
                    frontier.add(new Reach(member, s, s.mass(),
                            member.equals(s.id()) ? List.of(s.id()) : List.of(s.id(), member)));
                }
            }
        }
        for (int hop = 1; hop <= p.maxHops() && !frontier.isEmpty(); hop++) {
            Set<String> nodes = new HashSet<>();
            frontier.forEach(r -> nodes.add(r.node()));
            Map<String, Integer> degrees = graph.degrees(nodes);
            List<Reach> expandable = new ArrayList<>();
            Set<String> toExpand = new HashSet<>();
            for (Reach r : frontier) {
                int degree = Math.max(1, degrees.getOrDefault(r.node(), 0));
                if (degrees.getOrDefault(r.node(), 0) > 0 && r.mass() * p.decayPerHop() / degree >= p.minMass()) {
                    expandable.add(r);
                    toExpand.add(r.node());
                }
            }
            if (expandable.isEmpty()) {
                break;
            }
            Map<String, List<Neighbour>> links = graph.neighbours(toExpand);
            Map<String, Reach> next = new HashMap<>();
            for (Reach r : expandable) {
                double share = r.mass() * p.decayPerHop() / Math.max(1, degrees.get(r.node()));
                for (Neighbour n : links.getOrDefault(r.node(), List.of())) {
                    if (r.path().contains(n.id()) || entities.together(n.id(), r.seed().id())) {
                        continue;
                    }
                    reach(best, next, parties, r, n.id(), n.party(), share);
                }
            }
            for (Reach r : List.copyOf(next.values())) {
                if (entities.hasOthers(r.node()) && r == best.get(r.node()).get(r.seed().id())) {
                    for (String member : entities.members(r.node())) {
                        if (!r.path().contains(member)) {
                            reach(best, next, parties, r, member, true, r.mass());
                        }
                    }
                }
            }
            frontier = new ArrayList<>(next.values());
        }
        Map<String, Network> result = new HashMap<>();
        for (String party : parties) {
            List<Reach> reaches = new ArrayList<>(best.get(party).values());
            reaches.removeIf(r -> entities.together(r.seed().id(), party));
            if (reaches.isEmpty()) {
                continue;
            }
            double total = reaches.stream().mapToDouble(Reach::mass).sum();
            reaches.sort(Comparator.comparingDouble((Reach r) -> -r.mass()).thenComparing(r -> r.seed().id()));
            List<Network.Source> strongest = reaches.stream().limit(keep)
                    .map(r -> new Network.Source(r.seed().id(), r.seed().reason(), r.mass(), r.path())).toList();
            result.put(party, new Network(total, strongest));
        }
        return result;
    }

    /** {@code to} reached from {@code r} with {@code mass}, kept when it is the seed's strongest reach of it so far. */
    private static void reach(Map<String, Map<String, Reach>> best, Map<String, Reach> next, Set<String> parties, Reach r,
            String to, boolean party, double mass) {
        Map<String, Reach> atNode = best.computeIfAbsent(to, k -> new HashMap<>());
        Reach old = atNode.get(r.seed().id());
        if (old != null && old.mass() >= mass) {
            return;
        }
        List<String> path = new ArrayList<>(r.path().size() + 1);
        path.addAll(r.path());
        path.add(to);
        Reach reach = new Reach(to, r.seed(), mass, List.copyOf(path));
        atNode.put(r.seed().id(), reach);
        next.put(to + "\u0000" + r.seed().id(), reach);
        if (party) {
            parties.add(to);
        }
    }
}
