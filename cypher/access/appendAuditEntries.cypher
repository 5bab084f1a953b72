// Appends audit entries (never updates: every row is a new node). Rows are lists, not maps: a
// group commit sends dozens of them, and a list is the cheaper value to send and unpack.
// $rows are entries as they are; each of $disclosures is one answer's candidate strings, of which
// those that are party ids get an entry each (the parties the answer disclosed), so finding them
// costs no round trip of its own; an answer that disclosed none and whose call named no entity
// gets one entry without entityId. The answers of one write share most strings (field names,
// enum values, neighbours), so the candidates are sent once ($candidates, distinct) and each
// answer names its own by position: every distinct string is looked up once per write.
// Parameters: $rows [[at (datetime), actor, role, action, entityId (or null), purpose (or null), status]],
//   $candidates [distinct candidate strings of all disclosures],
//   $disclosures [[at, actor, role, action, purpose (or null), status, positions in $candidates (list), namedNone (boolean)]].
//   $journal (the id of the audit journal these entries come from, or null), $replayed (the number
//   of the journal's last record among them): stored in the same transaction as the entries, so
//   a restart replays exactly the records the graph lacks.
// Columns: written.
CALL () {
  UNWIND $rows AS row
  CREATE (a:AuditEntry {at: row[0], actor: row[1], role: row[2], action: row[3], status: row[6]})
  SET a.entityId = row[4], a.purpose = row[5]
  RETURN count(*) AS named
}
CALL () {
  UNWIND range(0, size($candidates) - 1) AS position
  OPTIONAL MATCH (p:Party {id: $candidates[position]})
  WITH position, p IS NOT NULL AS party
  ORDER BY position
  // isParty[i]: whether $candidates[i] is a party id (a list index, not a search per answer)
  RETURN collect(party) AS isParty
}
CALL (isParty) {
  UNWIND $disclosures AS d
  WITH d, [position IN d[6] WHERE isParty[position] | $candidates[position]] AS parties
  UNWIND CASE WHEN size(parties) = 0 AND d[7] THEN [null] ELSE parties END AS entityId
  CREATE (a:AuditEntry {at: d[0], actor: d[1], role: d[2], action: d[3], status: d[5]})
  SET a.entityId = entityId, a.purpose = d[4]
  RETURN count(*) AS disclosed
}
FOREACH (journal IN CASE WHEN $journal IS NULL THEN [] ELSE [$journal] END |
  MERGE (j:AuditJournal {id: journal})
  SET j.replayed = CASE WHEN j.replayed > $replayed THEN j.replayed ELSE $replayed END
)
RETURN named + disclosed AS written
