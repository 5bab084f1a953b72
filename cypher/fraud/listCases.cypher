// One page of cases, newest first, of status $status when not null.
// Parameters: $status, $skip, $limit.
// Columns: id.
MATCH (k:FraudCase)
WHERE $status IS NULL OR k.status = $status
RETURN k.id AS id
ORDER BY k.openedAt DESC, k.id DESC
SKIP $skip
LIMIT $limit
