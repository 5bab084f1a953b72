// Removes current scores of parties that no longer exist (their history stays).
// Parameters: none. Columns: deleted.
MATCH (s:CreditScore)
WHERE NOT EXISTS { MATCH (:Party {id: s.entityId}) }
DELETE s
RETURN count(*) AS deleted
