// Restrictions of one or many parties in one read: the domain type and name of each of these
// parties (the members of the resolved entities asked about; an id that is no party has none),
// the current standing of the sanctions the restrictions projection says reach them (read live:
// withdrawal, early end and disputes change it without a rebuild), and the sanctions in force on
// $asOf against any of them, as listInForceSanctions.cypher states "in force".
// Parameters: $ids (distinct party ids), $sanctionIds (list, may be empty), $asOf (DATE).
// Columns (one row): members (list of {id, type, name}),
//   standing (list of {sanctionId, effectiveFrom, effectiveTo, withdrawn, disputed}),
//   inForce (list of {sanctionId, subjectId, kind, severity, blacklist, authority, effectiveFrom,
//   effectiveTo, disputed}, by sanction id).
CALL () {
  UNWIND $ids AS partyId
  MATCH (p:Party {id: partyId})
  RETURN collect({id: p.id, type: [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0], name: p.name}) AS members
}
CALL () {
  UNWIND $sanctionIds AS sid
  MATCH (s:Sanction {id: sid})
  RETURN collect({sanctionId: s.id, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo,
                  withdrawn: coalesce(s.withdrawn, false), disputed: coalesce(s.disputed, false)}) AS standing
}
CALL () {
  UNWIND $ids AS partyId
  MATCH (s:Sanction)-[:AGAINST]->(p:Party {id: partyId})
  WHERE s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
  WITH s, p
  ORDER BY s.id
  RETURN collect({sanctionId: s.id, subjectId: p.id, kind: s.kind, severity: s.severity,
                  blacklist: coalesce(s.blacklist, false), authority: s.authority, effectiveFrom: s.effectiveFrom,
                  effectiveTo: s.effectiveTo, disputed: coalesce(s.disputed, false)}) AS inForce
}
RETURN members, standing, inForce
