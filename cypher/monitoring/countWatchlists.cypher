// How many watch lists an owner has. Parameters: $ownerKey. Columns: total.
MATCH (w:Watchlist)
WHERE w.ownerKey = $ownerKey
RETURN count(w) AS total
