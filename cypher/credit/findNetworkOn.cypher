// The network part of a party's score as stored on or before a day: the newest snapshot with
// asOf <= $asOf.
// Parameters: $id (party id), $asOf (DATE).
// Columns: asOf, computedAt, networkJson.
MATCH (h:CreditScoreSnapshot {entityId: $id})
WHERE h.asOf <= $asOf
RETURN h.asOf AS asOf,
       h.computedAt AS computedAt,
       h.networkJson AS networkJson
ORDER BY asOf DESC, computedAt DESC
LIMIT 1
