package io.credlink.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ShortestPathsTest {

    /** An undirected graph in memory that counts the levels it was asked to expand. */
    static class Graph implements ShortestPaths.Expander {
        final Map<String, TreeSet<String>> adjacent = new TreeMap<>();
        final List<List<String>> expanded = new ArrayList<>();

        Graph link(String a, String b) {
            adjacent.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            adjacent.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            return this;
        }

        @Override
        public List<ShortestPaths.Step> expand(List<String> frontier, int limit) {
            expanded.add(frontier);
            List<ShortestPaths.Step> steps = new ArrayList<>();
            for (String node : frontier) {
                for (String next : adjacent.getOrDefault(node, new TreeSet<>())) {
                    if (steps.size() < limit) {
                        steps.add(new ShortestPaths.Step(node, next));
                    }
                }
            }
            return steps;
        }
    }

    /**
     * The level after which none follows asks only for the pairs that meet the other side (what
     * the other side reached), and its budget counts every pair read, as a full level would.
     */
    @Test
    void theLastLevelAsksOnlyForTheOtherSidesNodesAndCountsEveryPairRead() {
        List<java.util.Set<String>> targetsAsked = new ArrayList<>();
        Graph g = new Graph() {
            @Override
            public ShortestPaths.Level expandTowards(List<String> frontier, java.util.Set<String> targets, int limit) {
                targetsAsked.add(java.util.Set.copyOf(targets));
                return super.expandTowards(frontier, targets, limit);
            }
        };
        g.link("A", "X").link("X", "Y").link("Y", "B").link("X", "H1").link("X", "H2").link("X", "H3");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 3, 25, 1000, g);
        assertThat(r.paths()).containsExactly(List.of("A", "X", "Y", "B"));
        assertThat(targetsAsked).as("only the third level is the last").hasSize(1);
        assertThat(targetsAsked.get(0)).as("every node the forward side reached").containsExactlyInAnyOrder("A", "X", "Y", "H1", "H2", "H3");
        // levels: A (1 pair), X (5 pairs), then B (1 pair) on the last level, from the smaller side: 7 in all
        assertThat(ShortestPaths.find("A", "B", 3, 25, 6, g).budgetExhausted()).isTrue();
        assertThat(ShortestPaths.find("A", "B", 3, 25, 7, g).paths()).containsExactly(List.of("A", "X", "Y", "B"));
    }

    @Test
    void findsTheDirectNeighbourInOneHop() {
        Graph g = new Graph().link("A", "B");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 1, 25, 1000, g);
        assertThat(r.length()).isEqualTo(1);
        assertThat(r.paths()).containsExactly(List.of("A", "B"));
    }

    @Test
    void findsEveryShortestPathInIdOrderAndIgnoresLongerOnes() {
        Graph g = new Graph().link("A", "X").link("X", "B").link("A", "Y").link("Y", "B")
                .link("A", "P").link("P", "Q").link("Q", "B");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 6, 25, 1000, g);
        assertThat(r.length()).isEqualTo(2);
        assertThat(r.paths()).containsExactly(List.of("A", "X", "B"), List.of("A", "Y", "B"));
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void combinesEveryPrefixWithEverySuffixAcrossTheMeetingLevel() {
        // two ways into M from A and two ways out of M to B: four shortest paths of length 4
        Graph g = new Graph().link("A", "a1").link("A", "a2").link("a1", "M").link("a2", "M")
                .link("M", "b1").link("M", "b2").link("b1", "B").link("b2", "B");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 4, 25, 1000, g);
        assertThat(r.length()).isEqualTo(4);
        assertThat(r.paths()).containsExactly(
                List.of("A", "a1", "M", "b1", "B"), List.of("A", "a1", "M", "b2", "B"),
                List.of("A", "a2", "M", "b1", "B"), List.of("A", "a2", "M", "b2", "B"));
    }

    @Test
    void findsOddLengthPathsThatMeetOnAnEdge() {
        Graph g = new Graph().link("A", "x").link("x", "y").link("y", "B");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 3, 25, 1000, g);
        assertThat(r.paths()).containsExactly(List.of("A", "x", "y", "B"));
    }

    @Test
    void findsNothingBeyondMaxHops() {
        Graph g = new Graph().link("A", "x").link("x", "y").link("y", "B");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 2, 25, 1000, g);
        assertThat(r.paths()).isEmpty();
        assertThat(r.budgetExhausted()).isFalse();
        assertThat(g.expanded).hasSize(2);
    }

    @Test
    void stopsAsSoonAsOneSideRunsOutOfNodes() {
        Graph g = new Graph().link("A", "x").link("B", "y").link("y", "z").link("z", "w");
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 6, 25, 1000, g);
        assertThat(r.paths()).isEmpty();
        assertThat(g.expanded).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void capsThePathsAndSaysSo() {
        Graph g = new Graph();
        for (int i = 0; i < 30; i++) {
            String mid = "M%02d".formatted(i);
            g.link("A", mid).link(mid, "B");
        }
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 4, 25, 1000, g);
        assertThat(r.paths()).hasSize(25).first().isEqualTo(List.of("A", "M00", "B"));
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void expandsTheSmallerSideSoTheNeighboursOfAHubAreNotExpanded() {
        Graph g = new Graph().link("A", "x").link("x", "B");
        for (int i = 0; i < 50; i++) {
            g.link("A", "leaf%02d".formatted(i));
        }
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 6, 25, 1000, g);
        assertThat(r.paths()).containsExactly(List.of("A", "x", "B"));
        // after A's 51 neighbours the search turns to B's side, which meets them at x
        assertThat(g.expanded).containsExactly(List.of("A"), List.of("B"));
    }

    @Test
    void givesUpWhenALevelExceedsTheBudget() {
        Graph g = new Graph().link("A", "HUB").link("B", "y");
        for (int i = 0; i < 100; i++) {
            g.link("HUB", "leaf" + i);
        }
        ShortestPaths.Result r = ShortestPaths.find("A", "B", 6, 25, 50, g);
        assertThat(r.paths()).isEmpty();
        assertThat(r.budgetExhausted()).isTrue();
    }
}
