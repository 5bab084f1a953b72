// Parties with a blacklisting sanction in force (not withdrawn) on $asOf: the second seed of the
// suspicion-score propagation.
// Parameters: $asOf (DATE).
// Columns: partyId.
MATCH (s:Sanction)-[:AGAINST]->(p:Party)
WHERE s.blacklist = true
  AND s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
RETURN DISTINCT p.id AS partyId
ORDER BY partyId
