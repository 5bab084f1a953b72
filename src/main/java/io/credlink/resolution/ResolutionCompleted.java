package io.credlink.resolution;

import java.util.List;

/**
 * Published after a run or a decision changed resolved entities.
 *
 * @param runId          the run or decision
 * @param changedParties writes of the run (links and resolved ids), or parties whose resolved id a decision changed
 * @param partyIds       every member, before or after, of each resolved entity that gained or lost a member: the
 *                       parties whose entity is no longer what it was (empty when no entity changed)
 */
public record ResolutionCompleted(String runId, long changedParties, List<String> partyIds) {

    public ResolutionCompleted {
        partyIds = List.copyOf(partyIds);
    }
}
