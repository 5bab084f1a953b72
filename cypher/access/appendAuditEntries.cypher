// Appends audit entries (never updates: every row is a new node). Rows are lists, not maps: a
// group commit sends dozens of them, and a list is the cheaper value to send and unpack.
// $rows are entries as they are; each of $disclosures is one answer's candidate strings, of which
// those that are party ids get an entry each (the parties the answer disclosed), so finding them
// costs no round trip of its own; an answer that disclosed none and whose call named no entity
// gets one entry without entityId.
// Parameters: $rows [[at (datetime), actor, role, action, entityId (or null), purpose (or null), status]],
//   $disclosures [[at, actor, role, action, purpose (or null), status, candidates (list), namedNone (boolean)]].
// Columns: written.
CALL () {
  UNWIND $rows AS row
  CREATE (a:AuditEntry {at: row[0], actor: row[1], role: row[2], action: row[3], status: row[6]})
  SET a.entityId = row[4], a.purpose = row[5]
  RETURN count(*) AS named
}
CALL () {
  UNWIND $disclosures AS d
  CALL (d) {
    UNWIND d[6] AS candidate
    MATCH (p:Party {id: candidate})
    RETURN collect(DISTINCT p.id) AS parties
  }
  UNWIND CASE WHEN size(parties) = 0 AND d[7] THEN [null] ELSE parties END AS entityId
  CREATE (a:AuditEntry {at: d[0], actor: d[1], role: d[2], action: d[3], status: d[5]})
  SET a.entityId = entityId, a.purpose = d[4]
  RETURN count(*) AS disclosed
}
RETURN named + disclosed AS written
