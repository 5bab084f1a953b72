// Parties per type and how many of them have at least one credit record or sanction about them
// (the coverage of the credit plans).
// Parameters: none. Columns: type, parties, withRecords.
UNWIND ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider'] AS type
CALL (type) {
  MATCH (p:Party)
  WHERE type IN labels(p)
  RETURN count(p) AS parties,
         count(CASE WHEN EXISTS { (p)<-[:ABOUT|AGAINST]-() } THEN 1 END) AS withRecords
}
RETURN type, parties, withRecords
