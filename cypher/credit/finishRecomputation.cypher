// Closes a run: its requests become DONE with what the recomputation did, or FAILED with why.
// Parameters: $runId, $state (DONE | FAILED), $finishedAt (DATETIME), $result (map of mode, asOf,
//   computedAt, scored, changed, riskSources, tookMs; null when failed), $error (text or null).
// Columns: requests.
MATCH (r:CreditRecomputationRequest {runId: $runId})
SET r.state = $state,
    r.finishedAt = $finishedAt,
    r.mode = $result.mode,
    r.asOf = $result.asOf,
    r.computedAt = $result.computedAt,
    r.scored = $result.scored,
    r.changed = $result.changed,
    r.riskSources = $result.riskSources,
    r.tookMs = $result.tookMs,
    r.error = $error
RETURN count(r) AS requests
