package io.credlink.resolution;

import java.util.List;

/** A resolved entity: its members and the links among them. */
public record ResolvedView(String resolvedId, List<Member> members, List<Link> links) {

    /** @param insurerIds the insurers the member is known to (policies, affiliations, contracts) */
    public record Member(String entityId, String type, String name, List<String> insurerIds) {
    }

    public record Link(String a, String b, double score, LinkDecision decision) {
    }
}
