package io.credlink.credit;

import java.util.List;

/**
 * The recomputation queue: how many queued changes wait and run now, and the newest runs
 * (pending first, then newest first).
 */
public record RecomputationQueueView(long pending, long running, List<RecomputationRunView> runs) {
}
