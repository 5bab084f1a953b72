// The newest runs, newest first: pending requests as one run (they will run together), the
// others grouped by run, each with its triggers and what it did.
// Parameters: $limit (INTEGER). Columns: runId (null: pending), state, triggers, parties, full,
//   requestedAt (the first request), startedAt, finishedAt, mode, asOf, computedAt, scored,
//   changed, riskSources, tookMs, error.
// Old runs are pruned after every run, maybe while this reads them: a node another transaction
// deleted reads with no properties, so each request is read once, into a map, and dropped if gone.
MATCH (r:CreditRecomputationRequest)
WITH r {.*} AS r
WHERE r.id IS NOT NULL AND r.state IS NOT NULL AND r.full IS NOT NULL AND r.requestedAt IS NOT NULL
  AND r.trigger IS NOT NULL
  AND (r.mode IS NULL OR (r.asOf IS NOT NULL AND r.scored IS NOT NULL AND r.changed IS NOT NULL
       AND r.riskSources IS NOT NULL AND r.tookMs IS NOT NULL))
WITH r
ORDER BY r.requestedAt, r.id
WITH r.runId AS runId, collect(r) AS requests
WITH runId, requests, requests[0] AS first, requests[size(requests) - 1] AS latest
RETURN runId,
       first.state AS state,
       [x IN requests | x.trigger] AS triggers,
       COUNT {
         UNWIND requests AS x
         UNWIND x.partyIds AS p
         RETURN DISTINCT p
       } AS parties,
       any(x IN requests WHERE x.full) AS full,
       first.requestedAt AS requestedAt,
       first.startedAt AS startedAt,
       first.finishedAt AS finishedAt,
       first.mode AS mode,
       first.asOf AS asOf,
       first.computedAt AS computedAt,
       first.scored AS scored,
       first.changed AS changed,
       first.riskSources AS riskSources,
       first.tookMs AS tookMs,
       first.error AS error
ORDER BY CASE WHEN runId IS NULL THEN 0 ELSE 1 END, coalesce(first.startedAt, latest.requestedAt) DESC
LIMIT $limit
