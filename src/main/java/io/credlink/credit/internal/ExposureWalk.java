package io.credlink.credit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CreditProperties;

/**
 * Blacklisted parties within {@code exposureHops} of every party, breadth first, with the path
 * from the party. Memory stays bounded on hubs and on large graphs: every walk keeps the nodes it
 * has visited, and one blacklisted organisation reaches its customers in two hops, so the
 * blacklisted parties are walked a batch at a time, as many together as can keep at most
 * {@code visitedBudget} nodes within two hops (bounded from the graph before walking; a source
 * above it alone). The neighbours of a hop are loaded a chunk of nodes at a time; the last hop
 * keeps no frontier and no node that is not a party (a policy or an identifier there is neither
 * exposed nor walked on); and each party keeps only the exposures that can still be among its
 * {@code maxExposures} nearest.
 */
final class ExposureWalk {

    /** Frontier nodes whose neighbours one step loads at once (bounds the memory of a hop). */
    private static final int CHUNK = 20_000;
    /** Nodes the walks of one batch may visit together (each kept in a visited set, about 100 bytes). */
    private static final long VISITED_BUDGET = 2_000_000;
    /** Sources whose two-hop neighbourhood is bounded at once. */
    private static final int SOURCE_CHUNK = 1_000;
    private static final Comparator<Exposure> NEAREST = Comparator.comparingInt(Exposure::hops)
            .thenComparing(Exposure::entityId);

    private final NetworkPropagation.Graph graph;
    private final CreditProperties.Network properties;
    private final long visitedBudget;

    ExposureWalk(NetworkPropagation.Graph graph, CreditProperties.Network properties) {
        this(graph, properties, VISITED_BUDGET);
    }

    ExposureWalk(NetworkPropagation.Graph graph, CreditProperties.Network properties, long visitedBudget) {
        this.graph = graph;
        this.properties = properties;
        this.visitedBudget = visitedBudget;
    }

    private record Walk(String source, String node, List<String> path) {
    }

    /**
     * The nearest blacklisted parties of every party they reach, nearest first. The members of a
     * resolved entity are one node: a walk starts from every member of the blacklisted party's
     * entity (none of them is exposed to it), and reaching one member reaches the others at the
     * same hop, the path ending with the step between them. The answer does not depend on how the
     * sources are batched: each source walks its frontier in node order, whatever else is walked.
     */
    Map<String, List<Exposure>> from(List<String> blacklisted, ResolvedEntities entities) {
        Map<String, List<Exposure>> out = new HashMap<>();
        Map<String, Long> reach = twoHopReach(blacklisted, entities);
        List<String> batch = new ArrayList<>();
        long planned = 0;
        for (String source : blacklisted) {
            long r = reach.get(source);
            if (!batch.isEmpty() && planned + r > visitedBudget) {
                walk(batch, entities, out);
                batch = new ArrayList<>();
                planned = 0;
            }
            batch.add(source);
            planned += r;
        }
        if (!batch.isEmpty()) {
            walk(batch, entities, out);
        }
        out.replaceAll((k, v) -> v.stream().sorted(NEAREST).limit(properties.maxExposures()).toList());
        return out;
    }

    /**
     * At most how many nodes each source's walk keeps within two hops: the nodes its members link
     * to (with their entities' other members) and the parties those link to, as counted by
     * {@link NetworkPropagation.Graph#partyDegrees}, capped by {@code sourceFanOut}. Walks of three
     * and four hops keep more than this bound; their batches are sized by it all the same.
     */
    private Map<String, Long> twoHopReach(List<String> sources, ResolvedEntities entities) {
        Map<String, Long> reach = new HashMap<>();
        for (int from = 0; from < sources.size(); from += SOURCE_CHUNK) {
            List<String> chunk = sources.subList(from, Math.min(sources.size(), from + SOURCE_CHUNK));
            Map<String, List<NetworkPropagation.Neighbour>> first = graph.neighbours(entities.withMembers(chunk));
            Set<String> second = new HashSet<>();
            first.values().forEach(ns -> ns.forEach(n -> second.addAll(n.party() ? entities.members(n.id()) : List.of(n.id()))));
            Map<String, Integer> parties = graph.partyDegrees(second);
            for (String source : chunk) {
                long r = 1;
                for (String member : entities.members(source)) {
                    for (NetworkPropagation.Neighbour n : first.getOrDefault(member, List.of())) {
                        for (String m : n.party() ? entities.members(n.id()) : List.of(n.id())) {
                            r += 1 + parties.getOrDefault(m, 0);
                        }
                    }
                }
                reach.put(source, Math.min(r, properties.sourceFanOut() + 1L));
            }
        }
        return reach;
    }

    /** Walks these sources together. */
    private void walk(List<String> sources, ResolvedEntities entities, Map<String, List<Exposure>> out) {
        Map<String, Set<String>> visited = new HashMap<>();
        List<Walk> frontier = new ArrayList<>();
        for (String b : sources) {
            Set<String> seen = visited.computeIfAbsent(b, k -> new HashSet<>());
            for (String member : entities.members(b)) {
                frontier.add(new Walk(b, member, member.equals(b) ? List.of(b) : List.of(b, member)));
                seen.add(member);
            }
        }
        for (int hop = 1; hop <= properties.exposureHops() && !frontier.isEmpty(); hop++) {
            frontier = step(frontier, hop, hop == properties.exposureHops(), visited, out, entities);
        }
    }

    /** One hop from the frontier: records exposures, returns the next frontier (none after the last hop). */
    private List<Walk> step(List<Walk> frontier, int hop, boolean last, Map<String, Set<String>> visited,
            Map<String, List<Exposure>> out, ResolvedEntities entities) {
        Map<String, List<Walk>> byNode = new TreeMap<>();
        frontier.forEach(w -> byNode.computeIfAbsent(w.node(), k -> new ArrayList<>()).add(w));
        frontier.clear(); // the walks live on in byNode only while their chunk is expanded
        List<String> nodes = new ArrayList<>(byNode.keySet());
        List<Walk> next = new ArrayList<>();
        for (int from = 0; from < nodes.size(); from += CHUNK) {
            List<String> chunk = nodes.subList(from, Math.min(nodes.size(), from + CHUNK));
            Map<String, List<NetworkPropagation.Neighbour>> links = graph.neighbours(chunk);
            for (String node : chunk) {
                for (Walk w : byNode.remove(node)) {
                    Set<String> seen = visited.get(w.source());
                    for (NetworkPropagation.Neighbour n : links.getOrDefault(node, List.of())) {
                        if (last && !n.party()) {
                            continue; // neither exposed nor walked on: nothing to keep
                        }
                        if (seen.size() > properties.sourceFanOut() || !seen.add(n.id())) {
                            continue;
                        }
                        List<String> path = new ArrayList<>(w.path().size() + 1);
                        path.addAll(w.path());
                        path.add(n.id());
                        if (!last) {
                            next.add(new Walk(w.source(), n.id(), path));
                        }
                        if (n.party()) {
                            add(out, n.id(), w.source(), hop, path);
                            for (String member : entities.members(n.id())) {
                                if (!seen.add(member)) {
                                    continue;
                                }
                                List<String> toMember = new ArrayList<>(path);
                                toMember.add(member);
                                if (!last) {
                                    next.add(new Walk(w.source(), member, toMember));
                                }
                                add(out, member, w.source(), hop, toMember);
                            }
                        }
                    }
                }
            }
        }
        return next;
    }

    /**
     * Adds one exposure of {@code party} unless it already has {@code maxExposures} nearer ones;
     * trims its list to the nearest ones when it has grown to twice that. Batches come in any
     * order of hops, so nearer means fewer hops, counted, not the list's last kept entry.
     */
    private void add(Map<String, List<Exposure>> out, String party, String source, int hop, List<String> pathFromSource) {
        int max = properties.maxExposures();
        List<Exposure> list = out.computeIfAbsent(party, k -> new ArrayList<>(2));
        if (list.size() >= max && nearer(list, hop) >= max) {
            return;
        }
        List<String> fromParty = new ArrayList<>(pathFromSource);
        Collections.reverse(fromParty);
        list.add(new Exposure(source, hop, List.copyOf(fromParty)));
        if (list.size() >= 2 * max) {
            list.sort(NEAREST);
            list.subList(max, list.size()).clear();
        }
    }

    private static int nearer(List<Exposure> list, int hop) {
        int n = 0;
        for (Exposure e : list) {
            if (e.hops() < hop) {
                n++;
            }
        }
        return n;
    }
}
