// Answers: a page of person decisions, latest first, on pairs with this party (every pair when
// $entityId is null); each says whether a later decision on its pair replaced it.
// Parameters: $entityId (party id or null), $skip, $limit
// Columns: id, entityId, otherId (the pair, entityId < otherId), decision, reason, decidedBy,
//          decidedAt, superseded
MATCH (d:ResolutionDecision)
WHERE $entityId IS NULL OR d.a = $entityId OR d.b = $entityId
WITH d
ORDER BY d.decidedAt DESC, d.id DESC
SKIP $skip
LIMIT $limit
RETURN d.id AS id,
       d.a AS entityId,
       d.b AS otherId,
       d.decision AS decision,
       d.reason AS reason,
       d.decidedBy AS decidedBy,
       d.decidedAt AS decidedAt,
       EXISTS {
         MATCH (later:ResolutionDecision {a: d.a, b: d.b})
         WHERE later.decidedAt > d.decidedAt OR (later.decidedAt = d.decidedAt AND later.id > d.id)
       } AS superseded
