// How many cases listCases would list over all pages.
// Parameters: $status.
// Columns: total.
MATCH (k:FraudCase)
WHERE $status IS NULL OR k.status = $status
RETURN count(k) AS total
