// How many claims listClaimScores would list over all pages.
// Parameters: $minScore (FLOAT).
// Columns: total.
MATCH (c:Claim)
WHERE coalesce(c.fraudScore, 0.0) >= $minScore
RETURN count(c) AS total
