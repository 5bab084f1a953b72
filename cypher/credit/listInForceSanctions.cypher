// Sanctions in force on $asOf (not withdrawn) whose propagation may restrict parties, optionally
// only those not in force on $ref (null: all): a reference recomputation already knows the rest.
// Parameters: $asOf (DATE), $ref (DATE or null), $subjects (list of party ids or null: any subject).
// Columns: sanctionId.
MATCH (s:Sanction)-[:AGAINST]->(p:Party)
WHERE s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
  AND ($ref IS NULL OR s.effectiveFrom > $ref OR (s.effectiveTo IS NOT NULL AND s.effectiveTo < $ref))
  AND ($subjects IS NULL OR p.id IN $subjects)
RETURN DISTINCT s.id AS sanctionId
ORDER BY sanctionId
