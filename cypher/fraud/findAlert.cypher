// One alert by id, whatever its scan, with whether it is suppressed.
// Parameters: $id.
// Columns: id, kind, score, entityIds, memberIds, claimIds, evidence, firstSeen, lastSeen, scanId,
//   suppressed.
MATCH (x:FraudAlert {id: $id})
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
