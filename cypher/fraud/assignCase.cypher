// Assigns an open case; no row when the case is not open.
// Parameters: $id, $assignee.
// Columns: id.
MATCH (k:FraudCase {id: $id})
WHERE k.status = 'OPEN'
SET k.assignee = $assignee
RETURN k.id AS id
