// Removes an item attached to an open case after its opening (a CONCERNS with attachedAt; the
// alerts the case was opened on have none and stay) and, in the same transaction, notes who removed
// what and when, and who had attached it when. A ring is its RING alert. No row when the case is not
// open or no such item is attached (findCaseItem tells whether it is the case's origin).
// Parameters: $id, $kind (ALERT, RING, CLAIM, PARTY), $itemId, $by, $at (DATETIME), $text.
// Columns: id.
MATCH (k:FraudCase {id: $id})
WHERE k.status = 'OPEN'
MATCH (k)-[r:CONCERNS]->(item {id: $itemId})
WHERE r.attachedAt IS NOT NULL
  AND (($kind = 'ALERT' AND item:FraudAlert)
       OR ($kind = 'RING' AND item:FraudAlert AND item.kind = 'RING')
       OR ($kind = 'CLAIM' AND item:Claim)
       OR ($kind = 'PARTY' AND item:Party))
WITH k, r, r.attachedBy AS attachedBy, r.attachedAt AS attachedAt
LIMIT 1
DELETE r
SET k.noteSeq = coalesce(k.noteSeq, 0) + 1
CREATE (k)-[:HAS_NOTE]->(n:FraudCaseNote)
SET n = {at: $at, author: $by, text: $text, removedKind: $kind, removedItemId: $itemId,
         removedAttachedBy: attachedBy, removedAttachedAt: attachedAt},
    n.seq = k.noteSeq
RETURN k.id AS id
