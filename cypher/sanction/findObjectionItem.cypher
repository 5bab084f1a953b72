// The sanction or credit record an objection is about, with the party it is about.
// Parameters: $id. Columns: itemId, itemType ('SANCTION' | 'RECORD'), subjectId, disputed, withdrawn.
MATCH (n:Entity {id: $id})
WHERE n:Sanction OR n:CreditRecord
OPTIONAL MATCH (n)-[:AGAINST|ABOUT]->(p:Party)
RETURN n.id AS itemId,
       CASE WHEN n:Sanction THEN 'SANCTION' ELSE 'RECORD' END AS itemType,
       p.id AS subjectId,
       coalesce(n.disputed, false) AS disputed,
       coalesce(n.withdrawn, false) AS withdrawn
LIMIT 1
