// The peer baseline of ring scoring: how many consumers and claims the graph holds, and the
// latest incident date (the reference date of scores, so they depend on the data only).
// Parameters: none.
// Columns: consumers, claims, latestIncident.
CALL () {
  MATCH (c:Consumer)
  RETURN count(c) AS consumers
}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims, max(c.incidentDate) AS latestIncident
}
RETURN consumers, claims, latestIncident
