// Stores one batch of suspicion scores on the claims: fraudScore, the scan that computed it and
// its factors (JSON text).
// Parameters: $scanId, $rows [{id, score, factors}].
// Columns: written.
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.fraudScore = row.score,
    c.fraudScanId = $scanId,
    c.fraudFactors = row.factors
RETURN count(c) AS written
