// One page of the black list on $asOf and the length of the whole list, in one read: every party
// whose resolved entity has a blacklisting sanction in force (not withdrawn) against it or
// against another member (members by resolution's read view, docs/resolution.md: the same person
// or firm under another insurer's id is on the list under each of its ids); one row per party with
// the entity's gravest, then latest, such sanction; ordered by party id. The list is built once
// and both counted and sliced, instead of a count query beside the page query. Personal id
// numbers are never returned. Parameters: $asOf (DATE), $skip (integer within the 32-bit range:
// list indices are), $limit (integer, or null for every row from $skip on).
// Columns (one row): total, items (list of {partyId, name, type, licenseNo, sanctionId, authority,
//   kind, severity, reason, decidedOn, effectiveFrom, effectiveTo, disputed, sanctionedId (the
//   member the sanction is against), resolvedId}).
CALL () {
  MATCH (s:Sanction)
  WHERE s.blacklist = true
    AND s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
  MATCH (s)-[:AGAINST]->(p:Party)
  WITH s, p, coalesce(p.resolvedId, p.id) AS rid
  CALL (rid) {
    MATCH (m:Party)
    WHERE m.resolvedId = rid
    RETURN m
    UNION
    MATCH (m:Party {id: rid})
    WHERE m.resolvedId IS NULL OR m.resolvedId = rid
    RETURN m
  }
  WITH m, rid, s, p
  ORDER BY m.id, s.severity DESC, s.effectiveFrom DESC, s.id
  WITH m, rid, head(collect({sanction: s, subject: p})) AS top
  ORDER BY m.id
  RETURN collect({party: m, rid: rid, sanction: top.sanction, subject: top.subject}) AS listed
}
WITH listed, listed[$skip..] AS rest
RETURN size(listed) AS total,
       [e IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | {
         partyId: e.party.id,
         name: e.party.name,
         type: [l IN labels(e.party) WHERE NOT l IN ['Entity', 'Party']][0],
         licenseNo: e.party.licenseNo,
         sanctionId: e.sanction.id,
         authority: e.sanction.authority,
         kind: e.sanction.kind,
         severity: e.sanction.severity,
         reason: e.sanction.reason,
         decidedOn: e.sanction.decidedOn,
         effectiveFrom: e.sanction.effectiveFrom,
         effectiveTo: e.sanction.effectiveTo,
         disputed: coalesce(e.sanction.disputed, false),
         sanctionedId: e.subject.id,
         resolvedId: e.rid
       }] AS items
