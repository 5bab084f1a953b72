package io.credlink.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * All shortest paths between two nodes by a bidirectional breadth-first search, one level per
 * call of an {@link Expander} (one Cypher round trip). Each step expands the side whose frontier
 * is smaller, so a hub is expanded only when the other side is bigger still; the search stops
 * at {@code maxHops} and at an expansion budget (relationships read), which bounds its cost on
 * any graph. The answer is deterministic: frontiers and parents are kept in id order.
 */
final class ShortestPaths {

    /** Expands a frontier: every (frontier node, neighbour) pair, at most {@code limit} of them. */
    @FunctionalInterface
    interface Expander {
        List<Step> expand(List<String> frontier, int limit);

        /**
         * The search's last level, where only a neighbour the other side has reached can matter:
         * how many pairs were read (at most {@code limit}, as {@link #expand} counts them) and the
         * pairs whose neighbour is one of {@code targets}. A query can filter where it reads, so
         * the pairs to every other neighbour, most of a hub's, never travel.
         */
        default Level expandTowards(List<String> frontier, Set<String> targets, int limit) {
            return Level.of(expand(frontier, limit), targets);
        }
    }

    record Step(String from, String to) {
    }

    /** What the last level read: {@code read} pairs, of which {@code hits} reach the other side. */
    record Level(int read, List<Step> hits) {

        /** The level of pairs already read: all of them count, those to the targets are the hits. */
        static Level of(List<Step> read, Set<String> targets) {
            return new Level(read.size(), read.stream().filter(s -> targets.contains(s.to())).toList());
        }
    }

    /**
     * @param length          hops of the shortest paths, 0 when none was found
     * @param paths           node ids from start to end, at most maxPaths, ordered
     * @param truncated       more shortest paths exist than maxPaths
     * @param budgetExhausted the search stopped at its budget before deciding
     */
    record Result(int length, List<List<String>> paths, boolean truncated, boolean budgetExhausted) {
        static Result none(boolean budgetExhausted) {
            return new Result(0, List.of(), false, budgetExhausted);
        }
    }

    private static final Comparator<List<String>> BY_IDS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ShortestPaths() {
    }

    static Result find(String start, String end, int maxHops, int maxPaths, int budget, Expander expander) {
        Side forward = new Side(start);
        Side backward = new Side(end);
        int used = 0;
        while (forward.depth + backward.depth < maxHops) {
            Side side = backward.frontier.size() < forward.frontier.size() ? backward : forward;
            Side other = side == forward ? backward : forward;
            if (side.frontier.isEmpty()) {
                return Result.none(false);
            }
            int remaining = budget - used;
            List<Step> steps;
            int read;
            if (side.depth + 1 + other.depth == maxHops) {
                // no level follows this one: only the pairs that meet the other side are needed
                Level level = expander.expandTowards(side.frontier, other.distance.keySet(), remaining + 1);
                steps = level.hits();
                read = level.read();
            } else {
                steps = expander.expand(side.frontier, remaining + 1);
                read = steps.size();
            }
            if (read > remaining) {
                return Result.none(true);
            }
            used += read;
            SortedSet<String> reached = side.advance(steps);
            List<String> meeting = new ArrayList<>();
            int rest = Integer.MAX_VALUE;
            for (String node : reached) {
                Integer d = other.distance.get(node);
                if (d != null) {
                    if (d < rest) {
                        rest = d;
                        meeting.clear();
                    }
                    if (d == rest) {
                        meeting.add(node);
                    }
                }
            }
            if (!meeting.isEmpty()) {
                return paths(forward, backward, meeting, side.depth + rest, maxPaths);
            }
        }
        return Result.none(false);
    }

    private static Result paths(Side forward, Side backward, List<String> meeting, int length, int maxPaths) {
        List<List<String>> found = new ArrayList<>();
        for (String node : meeting) {
            List<List<String>> heads = forward.chains(node, maxPaths + 1);
            List<List<String>> tails = backward.chains(node, maxPaths + 1);
            for (List<String> head : heads) {
                for (List<String> tail : tails) {
                    if (found.size() > maxPaths) {
                        break;
                    }
                    List<String> path = new ArrayList<>(head);
                    Collections.reverse(path);
                    path.addAll(tail.subList(1, tail.size()));
                    found.add(List.copyOf(path));
                }
            }
        }
        boolean truncated = found.size() > maxPaths;
        List<List<String>> paths = found.stream().sorted(BY_IDS).limit(maxPaths).toList();
        return new Result(length, paths, truncated, false);
    }

    /** One direction of the search: distances from its origin and the parents towards it. */
    private static final class Side {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, SortedSet<String>> parents = new HashMap<>();
        List<String> frontier;
        int depth;

        Side(String origin) {
            distance.put(origin, 0);
            frontier = List.of(origin);
        }

        SortedSet<String> advance(Collection<Step> steps) {
            int next = depth + 1;
            SortedSet<String> reached = new TreeSet<>();
            for (Step step : steps) {
                Integer known = distance.get(step.to());
                if (known == null) {
                    distance.put(step.to(), next);
                    known = next;
                }
                if (known == next) {
                    parents.computeIfAbsent(step.to(), k -> new TreeSet<>()).add(step.from());
                    reached.add(step.to());
                }
            }
            depth = next;
            frontier = List.copyOf(reached);
            return reached;
        }

        /** Chains from node back to the origin (node first), parents in id order, at most limit. */
        List<List<String>> chains(String node, int limit) {
            List<List<String>> out = new ArrayList<>();
            collect(node, new ArrayList<>(), out, limit);
            return out;
        }

        private void collect(String node, List<String> prefix, List<List<String>> out, int limit) {
            if (out.size() >= limit) {
                return;
            }
            prefix.add(node);
            SortedSet<String> up = parents.get(node);
            if (up == null) {
                out.add(List.copyOf(prefix));
            } else {
                for (String parent : up) {
                    collect(parent, prefix, out, limit);
                }
            }
            prefix.remove(prefix.size() - 1);
        }
    }
}
