// The sanctions in force on $asOf: not withdrawn, effective from on or before that day and not
// ended before it. The one statement of that rule in Cypher; other modules ask
// SanctionService.inForce instead of matching :Sanction themselves.
// Parameters: $asOf (DATE), $subjects (list of party ids or null: any subject).
// Columns: sanctionId, subjectId, kind, severity, blacklist, authority, effectiveFrom,
//   effectiveTo, disputed.
MATCH (s:Sanction)-[:AGAINST]->(p:Party)
WHERE s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
  AND ($subjects IS NULL OR p.id IN $subjects)
RETURN s.id AS sanctionId,
       p.id AS subjectId,
       s.kind AS kind,
       s.severity AS severity,
       coalesce(s.blacklist, false) AS blacklist,
       s.authority AS authority,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed
ORDER BY sanctionId
