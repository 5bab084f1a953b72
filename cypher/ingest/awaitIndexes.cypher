// Waits until every index (and the index behind every constraint) is online: a bulk-loaded store
// is complete only once the migrations' indexes are populated.
// Parameters: $timeoutSeconds (integer). Columns: none.
CALL db.awaitIndexes($timeoutSeconds)
