// Ids of the alerts a dismissed case suppressed: later scans neither count nor list them.
// Parameters: none.
// Columns: id.
MATCH (x:FraudAlert)
WHERE x.suppressed = true
RETURN x.id AS id
ORDER BY id
