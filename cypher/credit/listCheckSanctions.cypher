// Every sanction against a party, in force or not, for the check read model: which are in force
// on the day a check asks is decided per check, as checkCounterparties does in Cypher.
// Parameters: none.
// Columns: partyId, sanction (map of id, kind, severity, blacklist, authority, effectiveFrom,
//   effectiveTo, disputed), withdrawn.
MATCH (x:Sanction)-[:AGAINST]->(p:Party)
RETURN p.id AS partyId,
       x {.id, .kind, .severity, .blacklist, .authority, .effectiveFrom, .effectiveTo, .disputed} AS sanction,
       coalesce(x.withdrawn, false) AS withdrawn
