// One page of the triage queue: claims with a suspicion score of at least $minScore, highest
// first (ties by claim id), optionally only those with a factor named $factor (DETECTOR_<KIND>,
// matched in the stored factors' JSON text with its quotes) or on a policy of insurer $insurerId.
// A claim no scan has scored yet counts as 0.
// Parameters: $minScore (FLOAT), $factor (STRING or null), $insurerId (STRING or null), $skip, $limit.
// Columns: claimId, score, factors, scanId, insurerId.
MATCH (c:Claim)
WITH c, coalesce(c.fraudScore, 0.0) AS score
WHERE score >= $minScore
  AND ($factor IS NULL OR c.fraudFactors CONTAINS ('"' + $factor + '"'))
OPTIONAL MATCH (c)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(ins:Insurer)
WITH c, score, ins
WHERE $insurerId IS NULL OR ins.id = $insurerId
RETURN c.id AS claimId,
       score,
       c.fraudFactors AS factors,
       c.fraudScanId AS scanId,
       ins.id AS insurerId
ORDER BY score DESC, claimId
SKIP $skip
LIMIT $limit
