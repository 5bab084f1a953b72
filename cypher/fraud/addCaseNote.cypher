// Adds a note to an open case; no row when the case is not open.
// Parameters: $id, $note {at, author, text}.
// Columns: id.
MATCH (k:FraudCase {id: $id})
WHERE k.status = 'OPEN'
SET k.noteSeq = coalesce(k.noteSeq, 0) + 1
CREATE (k)-[:HAS_NOTE]->(n:FraudCaseNote)
SET n = $note, n.seq = k.noteSeq
RETURN k.id AS id
