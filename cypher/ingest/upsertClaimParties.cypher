// Upserts PARTY_TO: one relationship per party, claim and role.
// Parameters: $rows [{claimId, partyId, role}]. Columns: written (rows that changed something).
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Entity {id: row.partyId})
// a link already stored needs no write
WITH c, x, row
WHERE NOT EXISTS { (x)-[:PARTY_TO {role: row.role}]->(c) }
MERGE (x)-[:PARTY_TO {role: row.role}]->(c)
RETURN count(*) AS written
