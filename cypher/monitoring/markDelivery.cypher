// Stores the outcome of one delivery attempt (a success keeps the last error seen before it). Parameters: $id, $status (PENDING, DELIVERED or
// FAILED), $attempts, $lastError (or null), $nextAttemptAt (DATETIME), $now (DATETIME).
// Columns: id.
MATCH (o:OutboxEntry {id: $id})
SET o.status = $status,
    o.attempts = $attempts,
    o.lastError = coalesce($lastError, o.lastError),
    o.nextAttemptAt = $nextAttemptAt,
    o.lastAttemptAt = $now
RETURN o.id AS id
