// Marks a credit record withdrawn (it is kept, never deleted) with who, when and why: it leaves
// the red list and no longer counts in scores. Only a record that still stands changes.
// Parameters: $id, $by, $reason. Columns: id.
MATCH (r:CreditRecord {id: $id})
WHERE coalesce(r.withdrawn, false) = false
SET r.withdrawn = true,
    r.withdrawnBy = $by,
    r.withdrawnAt = datetime(),
    r.withdrawalReason = $reason
RETURN r.id AS id
