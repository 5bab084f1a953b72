// Keeps the finished requests of the newest $keep runs; older ones are deleted.
// Parameters: $keep (INTEGER). Columns: deleted.
MATCH (r:CreditRecomputationRequest)
WHERE r.state IN ['DONE', 'FAILED']
WITH r.runId AS runId, max(r.finishedAt) AS finishedAt
ORDER BY finishedAt DESC
SKIP $keep
MATCH (old:CreditRecomputationRequest {runId: runId})
DETACH DELETE old
RETURN count(*) AS deleted
