// Opens an investigation case on some alerts (rings are RING alerts), optionally with a first note.
// These alerts are the case's origin: their CONCERNS carry no attachedAt (attachCaseItem's do), so
// detachCaseItem leaves them.
// Parameters: $case {id, title, assignee, openedBy, openedAt}, $alertIds, $note {at, author, text} or null.
// Columns: id.
CREATE (k:FraudCase)
SET k = $case,
    k.status = 'OPEN',
    k.noteSeq = 0
WITH k
CALL (k) {
  UNWIND $alertIds AS aid
  MATCH (a:FraudAlert {id: aid})
  MERGE (k)-[:CONCERNS]->(a)
}
CALL (k) {
  WITH k
  WHERE $note IS NOT NULL
  CREATE (k)-[:HAS_NOTE]->(n:FraudCaseNote)
  SET n = $note, n.seq = 1
  SET k.noteSeq = 1
}
RETURN k.id AS id
