package io.credlink.sanction.internal;

import java.util.List;
import java.util.Set;

import io.credlink.sanction.PartnerMeasure;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionProperties.Direction;
import io.credlink.sanction.SanctionProperties.InForceOn;
import io.credlink.sanction.SanctionProperties.NodeType;
import io.credlink.sanction.SanctionProperties.RelationshipType;

/**
 * A validated rule ready to run.
 *
 * @param parent    the rule whose targets this one starts from, or null
 * @param hops      this rule's own hops
 * @param chain     every hop from the sanctioned party to the target, the parent's first
 * @param root      the trigger of the rule chain's first rule (what a reverse search looks for)
 */
record CompiledRule(
        int order,
        String id,
        CompiledRule parent,
        Trigger trigger,
        List<Hop> hops,
        List<Hop> chain,
        Trigger root,
        Set<NodeType> target,
        boolean otherThanSubject,
        String measure,
        List<PartnerMeasure> partnerMeasures,
        int maxFanOut) {

    /** Which sanctions set the rule off. */
    record Trigger(Set<NodeType> subjectTypes, boolean blacklist, Set<SanctionKind> kinds, int minSeverity) {

        boolean matches(SanctionFacts s) {
            return matches(s, s.subjectType());
        }

        /**
         * Whether the sanction sets the rule off from a party of domain type {@code subjectType}: the
         * sanctioned party, or another member of its resolved entity (which may be of another type,
         * e.g. a practitioner who is also a consumer).
         */
        boolean matches(SanctionFacts s, String subjectType) {
            return (subjectTypes.isEmpty() || GraphModel.isOfType(subjectType, subjectTypes))
                    && (!blacklist || s.blacklist())
                    && (kinds.isEmpty() || kinds.contains(s.kind()))
                    && s.severity() >= minSeverity;
        }
    }

    /**
     * One hop with its parameters and its rendered queries.
     *
     * @param fromKinds      the kinds the node the hop starts from has (null = any)
     * @param toKinds        the kinds the reached node must have (null = any)
     * @param forwardQuery   expandStep rendered with the reached node's labels
     * @param reverseQuery   expandStep (or, for the chain's first hop, reverseToSanctions) rendered
     *                       with the labels of the node the hop starts from
     * @param windowsQuery   hopWindows rendered like the forward query (the restrictions projection)
     */
    record Hop(
            List<RelationshipType> relationships,
            Direction direction,
            List<String> roles,
            InForceOn inForceOn,
            List<String> fromKinds,
            List<String> toKinds,
            String forwardQuery,
            String reverseQuery,
            String windowsQuery) {

        Direction reversed() {
            return switch (direction) {
                case OUTGOING -> Direction.INCOMING;
                case INCOMING -> Direction.OUTGOING;
                case BOTH -> Direction.BOTH;
            };
        }
    }
}
