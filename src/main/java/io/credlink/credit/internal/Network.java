package io.credlink.credit.internal;

import java.util.List;

/**
 * The network part of a party's score from a recomputation: the exposure mass it received and
 * the strongest sources with the path to each.
 */
public record Network(double exposure, List<Source> strongest) {

    static final Network NONE = new Network(0, List.of());

    /** A risky party, why it is risky, the mass it passed on and the path (from it to the scored party). */
    public record Source(String id, String reason, double mass, List<String> path) {
    }
}
