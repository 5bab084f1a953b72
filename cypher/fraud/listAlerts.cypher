// One page of the alerts of scan $scanId, highest score first: not suppressed, of kind $kind when
// not null, with score >= $minScore.
// Parameters: $scanId, $kind, $minScore (FLOAT), $skip, $limit.
// Columns: id, kind, score, entityIds, memberIds, claimIds, evidence, firstSeen, lastSeen, scanId,
//   suppressed.
MATCH (x:FraudAlert)
WHERE x.scanId = $scanId
  AND x.suppressed = false
  AND ($kind IS NULL OR x.kind = $kind)
  AND x.score >= $minScore
RETURN x.id AS id,
       x.kind AS kind,
       x.score AS score,
       x.entityIds AS entityIds,
       x.memberIds AS memberIds,
       x.claimIds AS claimIds,
       x.evidence AS evidence,
       x.firstSeen AS firstSeen,
       x.lastSeen AS lastSeen,
       x.scanId AS scanId,
       x.suppressed AS suppressed
ORDER BY score DESC, id
SKIP $skip
LIMIT $limit
