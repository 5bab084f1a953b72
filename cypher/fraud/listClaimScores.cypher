// One page of the triage queue: claims with a suspicion score of at least $minScore, highest
// first (ties by claim id). A claim no scan has scored yet counts as 0.
// Parameters: $minScore (FLOAT), $skip, $limit.
// Columns: claimId, score, factors, scanId.
MATCH (c:Claim)
WITH c, coalesce(c.fraudScore, 0.0) AS score
WHERE score >= $minScore
RETURN c.id AS claimId,
       score,
       c.fraudFactors AS factors,
       c.fraudScanId AS scanId
ORDER BY score DESC, claimId
SKIP $skip
LIMIT $limit
