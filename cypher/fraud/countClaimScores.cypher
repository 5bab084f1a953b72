// How many claims listClaimScores would list over all pages (same filters).
// Parameters: $minScore (FLOAT), $factor (STRING or null), $insurerId (STRING or null).
// Columns: total.
MATCH (c:Claim)
WHERE coalesce(c.fraudScore, 0.0) >= $minScore
  AND ($factor IS NULL OR c.fraudFactors CONTAINS ('"' + $factor + '"'))
OPTIONAL MATCH (c)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(ins:Insurer)
WITH c, ins
WHERE $insurerId IS NULL OR ins.id = $insurerId
RETURN count(c) AS total
