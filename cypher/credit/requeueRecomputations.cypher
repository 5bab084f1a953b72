// At a start: requests of a run the process did not finish (it stopped meanwhile) wait again.
// Parameters: none. Columns: requeued.
MATCH (r:CreditRecomputationRequest {state: 'RUNNING'})
SET r.state = 'PENDING',
    r.runId = null,
    r.startedAt = null
RETURN count(r) AS requeued
