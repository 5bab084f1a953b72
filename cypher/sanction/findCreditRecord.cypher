// One credit record with the party it is about and its due-process state.
// Parameters: $id. Columns: id, subjectId, kind, date, severity, detail, disputed, withdrawn,
//   withdrawnBy, withdrawnAt, withdrawalReason.
MATCH (r:CreditRecord {id: $id})-[:ABOUT]->(p:Party)
RETURN r.id AS id, p.id AS subjectId, r.kind AS kind, r.date AS date, r.severity AS severity, r.detail AS detail,
       coalesce(r.disputed, false) AS disputed, coalesce(r.withdrawn, false) AS withdrawn,
       r.withdrawnBy AS withdrawnBy, r.withdrawnAt AS withdrawnAt, r.withdrawalReason AS withdrawalReason
LIMIT 1
