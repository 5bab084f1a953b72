// The identifiers (phone, address, bank account, e-mail, device) that can link parties for ring
// detection: those with 2 to $maxIdentifierHolders holders, each with its holder count and the
// parties holding it (one id per HAS_IDENTIFIER). Java sums the links (RingDetector, PartyLinks).
// Parameters: $maxIdentifierHolders (INTEGER).
// Columns: holders, partyIds.
MATCH (i:Identifier)
WITH i, COUNT { (i)<-[:HAS_IDENTIFIER]-() } AS holders
WHERE holders >= 2 AND holders <= $maxIdentifierHolders
RETURN holders,
       COLLECT { MATCH (a:Party)-[:HAS_IDENTIFIER]->(i) RETURN a.id } AS partyIds
