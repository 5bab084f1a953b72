// Marks a sanction withdrawn (it is kept, never deleted) and keeps who, when and why as a change.
// Only a sanction that still stands changes. Parameters: $id, $by, $reason. Columns: id.
MATCH (s:Sanction {id: $id})
WHERE coalesce(s.withdrawn, false) = false
SET s.withdrawn = true,
    s.withdrawnBy = $by,
    s.withdrawnAt = datetime(),
    s.withdrawalReason = $reason
CREATE (s)-[:CHANGED]->(:SanctionChange {kind: 'WITHDRAWAL', at: s.withdrawnAt, seq: COUNT { (s)-[:CHANGED]->() }, by: $by, reason: $reason})
RETURN s.id AS id
