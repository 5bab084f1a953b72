package io.credlink.credit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run of the recomputation queue: the changes it merged and what it did. Scores follow a change
 * in the background, so a change's effect on scores shows once the run holding it is DONE.
 *
 * @param runId       null while PENDING (every pending request runs together, as one run)
 * @param state       PENDING, RUNNING, DONE or FAILED
 * @param triggers    the changes merged into it, oldest first (e.g. "sanction SAN1 recorded")
 * @param parties     parties whose own items changed (the recomputation also takes every party
 *                    whose network part changes)
 * @param full        whether it scores every party (an import asked for it)
 * @param requestedAt when its first change was queued
 * @param startedAt   when it started (null while pending)
 * @param finishedAt  when it ended (null before)
 * @param result      what the recomputation did (DONE only)
 * @param error       why it failed (FAILED only)
 */
public record RecomputationRunView(String runId, String state, List<String> triggers, long parties, boolean full,
        OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, RecomputationView result,
        String error) {
}
