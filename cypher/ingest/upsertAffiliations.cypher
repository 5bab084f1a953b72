// Upserts AFFILIATED_WITH: one relationship per person, organisation, role and start date; the
// end date is updated in place.
// Parameters: $rows [{personId, orgId, role, from, to}]. Columns: written.
UNWIND $rows AS row
MATCH (p:Practitioner {id: row.personId})
MATCH (o:Entity {id: row.orgId})
MERGE (p)-[a:AFFILIATED_WITH {role: row.role, from: row.from}]->(o)
SET a.to = row.to
RETURN count(*) AS written
