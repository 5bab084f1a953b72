// Whether an item is with a case under that kind, and whether it is the case's origin (an alert the
// case was opened on: a CONCERNS without attachedAt) rather than attached later. A ring is its RING
// alert. No row when the item is not with the case.
// Parameters: $id, $kind (ALERT, RING, CLAIM, PARTY), $itemId.
// Columns: origin.
MATCH (k:FraudCase {id: $id})-[r:CONCERNS]->(item {id: $itemId})
WHERE ($kind = 'ALERT' AND item:FraudAlert)
   OR ($kind = 'RING' AND item:FraudAlert AND item.kind = 'RING')
   OR ($kind = 'CLAIM' AND item:Claim)
   OR ($kind = 'PARTY' AND item:Party)
RETURN r.attachedAt IS NULL AS origin
