// How many parties are on the red list on $asOf (see listRed.cypher: every member of a resolved
// entity that qualifies counts).
// Parameters: $asOf (DATE), $windowStart (DATE). Columns: total.
MATCH (r:CreditRecord)
WHERE r.kind IN ['RED_LIST', 'AWARD']
  AND $windowStart < r.date
  AND r.date <= $asOf
  AND coalesce(r.withdrawn, false) = false
MATCH (r)-[:ABOUT]->(p:Party)
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
WITH rid, collect(m) AS members
WHERE NOT EXISTS {
  UNWIND members AS x
  MATCH (x)<-[:AGAINST]-(s:Sanction)
  WHERE s.blacklist = true
    AND s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
  RETURN s
}
RETURN sum(size(members)) AS total
