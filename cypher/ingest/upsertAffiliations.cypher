// Upserts AFFILIATED_WITH: one relationship per person, organisation, role and start date; the
// end date is updated in place.
// Parameters: $rows [{personId, orgId, role, from, to}]. Columns: written (rows that changed something).
UNWIND $rows AS row
MATCH (p:Practitioner {id: row.personId})
MATCH (o:Entity {id: row.orgId})
// an affiliation already stored with the same end date needs no write
WITH p, o, row
WHERE NOT EXISTS {
  MATCH (p)-[a:AFFILIATED_WITH {role: row.role, from: row.from}]->(o)
  WHERE coalesce(a.to = row.to, a.to IS NULL AND row.to IS NULL)
}
MERGE (p)-[a:AFFILIATED_WITH {role: row.role, from: row.from}]->(o)
SET a.to = row.to
RETURN count(*) AS written
