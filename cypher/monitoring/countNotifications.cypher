// How many notifications match the inbox filter. Parameters: $ownerKey, $watchlistId (or null),
// $since (DATETIME or null). Columns: total.
MATCH (n:Notification)
WHERE n.ownerKey = $ownerKey
  AND ($watchlistId IS NULL OR n.watchlistId = $watchlistId)
  AND ($since IS NULL OR n.at >= $since)
RETURN count(n) AS total
