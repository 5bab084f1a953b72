// How many parties are on the red list on $asOf (see listRed.cypher).
// Parameters: $asOf (DATE), $windowStart (DATE). Columns: total.
MATCH (r:CreditRecord)
WHERE r.kind IN ['RED_LIST', 'AWARD']
  AND $windowStart < r.date
  AND r.date <= $asOf
  AND coalesce(r.withdrawn, false) = false
MATCH (r)-[:ABOUT]->(p:Party)
WHERE NOT EXISTS {
  MATCH (p)<-[:AGAINST]-(s:Sanction)
  WHERE s.blacklist = true
    AND s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
}
RETURN count(DISTINCT p) AS total
