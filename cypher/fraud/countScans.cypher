// How many scans have finished.
// Parameters: none.
// Columns: total.
MATCH (s:FraudScan)
RETURN count(s) AS total
