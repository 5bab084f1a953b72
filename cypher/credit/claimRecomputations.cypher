// Takes every pending request into one run: they become RUNNING under $runId.
// Parameters: $runId (UUID text), $startedAt (DATETIME).
// Columns: id, trigger, partyIds, full.
MATCH (r:CreditRecomputationRequest {state: 'PENDING'})
SET r.state = 'RUNNING',
    r.runId = $runId,
    r.startedAt = $startedAt
RETURN r.id AS id,
       r.trigger AS trigger,
       r.partyIds AS partyIds,
       r.full AS full
ORDER BY r.requestedAt, r.id
