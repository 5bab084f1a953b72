// How many parties are on the black list on $asOf (see listBlack.cypher).
// Parameters: $asOf (DATE). Columns: total.
MATCH (s:Sanction)
WHERE s.blacklist = true
  AND s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
MATCH (s)-[:AGAINST]->(p:Party)
RETURN count(DISTINCT p) AS total
