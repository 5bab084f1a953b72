// How many webhook subscriptions an owner has, optionally of one list.
// Parameters: $ownerKey, $watchlistId (or null). Columns: total.
MATCH (s:Subscription)
WHERE s.ownerKey = $ownerKey
  AND ($watchlistId IS NULL OR s.watchlistId = $watchlistId)
RETURN count(s) AS total
