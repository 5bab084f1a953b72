// Links a party to an identifier (phone, address, bank account, e-mail, device) by its
// normalised value; parties that share a value share the Identifier node.
// Parameters: $rows [{entityId, kind, value, identifierId}] (value already normalised,
//   identifierId = '<KIND>:<value>'). Columns: written (rows that changed something).
UNWIND $rows AS row
MATCH (x:Party {id: row.entityId})
// a link already stored needs no write (and no lock on the shared identifier node)
WITH x, row
WHERE NOT EXISTS { (x)-[:HAS_IDENTIFIER]->(:Entity {id: row.identifierId}) }
MERGE (i:Entity {id: row.identifierId})
ON CREATE SET i:Identifier, i.kind = row.kind, i.value = row.value
MERGE (x)-[:HAS_IDENTIFIER]->(i)
RETURN count(*) AS written
