// How many stored publications are in a status (null: any; every stored one is incomplete).
// Parameters: $status (text or null). Columns: count.
MATCH (e:EventPublication)
WHERE $status IS NULL OR e.status = $status
RETURN count(e) AS count
