// Queues a recomputation after a change (the credit module's listener of a module event, in the
// listener's transaction): it waits as PENDING until the worker merges it with every other
// pending request into one run.
// Parameters: $id (UUID text), $trigger (what happened), $event (event type), $partyIds (list of
//   party ids whose own items changed), $full (BOOLEAN: every party), $requestedAt (DATETIME).
// Columns: id.
CREATE (r:CreditRecomputationRequest {id: $id})
SET r.trigger = $trigger,
    r.event = $event,
    r.partyIds = $partyIds,
    r.full = $full,
    r.requestedAt = $requestedAt,
    r.state = 'PENDING'
RETURN r.id AS id
