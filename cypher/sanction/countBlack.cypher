// How many parties are on the black list on $asOf (see listBlack.cypher: every member of a
// resolved entity with a blacklisting sanction in force counts).
// Parameters: $asOf (DATE). Columns: total.
MATCH (s:Sanction)
WHERE s.blacklist = true
  AND s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
MATCH (s)-[:AGAINST]->(p:Party)
WITH DISTINCT coalesce(p.resolvedId, p.id) AS rid
CALL (rid) {
  MATCH (m:Party)
  WHERE m.resolvedId = rid
  RETURN m
  UNION
  MATCH (m:Party {id: rid})
  WHERE m.resolvedId IS NULL OR m.resolvedId = rid
  RETURN m
}
RETURN count(DISTINCT m) AS total
