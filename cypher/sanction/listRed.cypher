// The red list on $asOf: every party with a RED_LIST or AWARD record dated in
// ($windowStart, $asOf] (not withdrawn) and no blacklisting sanction in force on $asOf; one row
// per party with its latest such record; ordered by party id. Personal id numbers are never
// returned. Parameters: $asOf (DATE), $windowStart (DATE), $skip, $limit.
// Columns: partyId, name, type, licenseNo, recordId, recordKind, date, severity, detail.
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
WITH p, r
ORDER BY p.id, r.date DESC, r.id
WITH p, head(collect(r)) AS r
ORDER BY p.id
SKIP $skip
LIMIT $limit
RETURN p.id AS partyId,
       p.name AS name,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       p.licenseNo AS licenseNo,
       r.id AS recordId,
       r.kind AS recordKind,
       r.date AS date,
       r.severity AS severity,
       r.detail AS detail
