// Upserts PARTY_TO: one relationship per party, claim and role.
// Parameters: $rows [{claimId, partyId, role}]. Columns: written.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Entity {id: row.partyId})
MERGE (x)-[:PARTY_TO {role: row.role}]->(c)
RETURN count(*) AS written
