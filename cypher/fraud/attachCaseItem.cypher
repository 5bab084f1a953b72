// Attaches an alert, a ring (its RING alert), a claim or a party to an open case by CONCERNS, once:
// attaching it again changes nothing. No row when the case is not open or no item of that kind has
// the id (the caller tells which).
// Parameters: $id, $kind (ALERT, RING, CLAIM, PARTY), $itemId, $by, $at (DATETIME).
// Columns: id.
MATCH (k:FraudCase {id: $id})
WHERE k.status = 'OPEN'
OPTIONAL MATCH (a:FraudAlert {id: $itemId})
WHERE $kind = 'ALERT' OR ($kind = 'RING' AND a.kind = 'RING')
OPTIONAL MATCH (e:Entity {id: $itemId})
WHERE ($kind = 'CLAIM' AND e:Claim) OR ($kind = 'PARTY' AND e:Party)
WITH k, coalesce(a, e) AS item
WHERE item IS NOT NULL
MERGE (k)-[r:CONCERNS]->(item)
ON CREATE SET r.attachedBy = $by,
              r.attachedAt = $at
RETURN k.id AS id
