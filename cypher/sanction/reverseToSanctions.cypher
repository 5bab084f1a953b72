// Template of the last reverse hop of a restriction search: from the frontier (the parties a
// rule's first step reaches), back along that step to the parties it starts from, and the
// sanctions that set the rule off and are in force on $asOf, against them or against another
// member of their resolved entity (one party: its sanction propagates from every member; members
// by resolution's read view, docs/resolution.md). Placeholders `{{relationships}}` and `{{labels}}` are substituted as
// in expandStep.cypher (enum names from the validated rule configuration only, back-quoted).
// Parameters: $frontier (list of ids), $direction (the step's direction, seen from the
//   sanctioned party), $roles (list or null), $date (DATE or null), $fromKinds (list or null:
//   kinds the frontier node must have), $asOf (DATE), $blacklist (true or null),
//   $sanctionKinds (list or null), $minSeverity (integer).
// Columns: sanctionId and the facts propagation needs: subjectId, subjectType, subjectName, kind,
//   severity, blacklist, decidedOn, effectiveFrom, effectiveTo, disputed, withdrawn.
UNWIND $frontier AS fromId
MATCH (a:Entity {id: fromId})
WHERE $fromKinds IS NULL OR a.kind IN $fromKinds
MATCH (a)-[r:`{{relationships}}`]-(b:`{{labels}}`)
WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = b))
  AND ($roles IS NULL OR r.role IN $roles)
  AND ($date IS NULL OR ((r.from IS NULL OR r.from <= $date) AND (r.to IS NULL OR $date <= r.to)))
WITH DISTINCT coalesce(b.resolvedId, b.id) AS rid
CALL (rid) {
  MATCH (m:Party)
  WHERE m.resolvedId = rid
  RETURN m AS b
  UNION
  MATCH (m:Party {id: rid})
  WHERE m.resolvedId IS NULL OR m.resolvedId = rid
  RETURN m AS b
}
MATCH (b)<-[:AGAINST]-(s:Sanction)
WHERE s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
  AND ($blacklist IS NULL OR s.blacklist = $blacklist)
  AND ($sanctionKinds IS NULL OR s.kind IN $sanctionKinds)
  AND s.severity >= $minSeverity
WITH DISTINCT s, b
RETURN s.id AS sanctionId,
       b.id AS subjectId,
       [l IN labels(b) WHERE NOT l IN ['Entity', 'Party']][0] AS subjectType,
       b.name AS subjectName,
       s.kind AS kind,
       s.severity AS severity,
       s.blacklist AS blacklist,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed,
       coalesce(s.withdrawn, false) AS withdrawn
ORDER BY sanctionId
