// The black list on $asOf: every party with a blacklisting sanction in force (not withdrawn),
// one row per party with its gravest, then latest, such sanction; ordered by party id.
// Personal id numbers are never returned. Parameters: $asOf (DATE), $skip, $limit.
// Columns: partyId, name, type, licenseNo, sanctionId, authority, kind, severity, reason,
//   decidedOn, effectiveFrom, effectiveTo, disputed.
MATCH (s:Sanction)
WHERE s.blacklist = true
  AND s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
MATCH (s)-[:AGAINST]->(p:Party)
WITH p, s
ORDER BY p.id, s.severity DESC, s.effectiveFrom DESC, s.id
WITH p, head(collect(s)) AS s
ORDER BY p.id
SKIP $skip
LIMIT $limit
RETURN p.id AS partyId,
       p.name AS name,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       p.licenseNo AS licenseNo,
       s.id AS sanctionId,
       s.authority AS authority,
       s.kind AS kind,
       s.severity AS severity,
       s.reason AS reason,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed
