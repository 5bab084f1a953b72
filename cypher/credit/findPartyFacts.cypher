// The own credit facts of a batch of parties: type, licence status, the sanctions against each
// decided on or before $asOf (withdrawn ones included, flagged) and its credit records dated on or
// before $asOf that were not withdrawn (an upheld objection withdraws a record).
// Parameters: $ids (list of party ids), $asOf (DATE).
// Columns: id, type, status, sanctions (list of maps), records (list of maps).
UNWIND $ids AS pid
MATCH (p:Party {id: pid})
RETURN p.id AS id,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       p.status AS status,
       COLLECT {
         MATCH (s:Sanction)-[:AGAINST]->(p)
         WHERE s.decidedOn <= $asOf
         RETURN s {.id, .kind, .severity, .blacklist, .decidedOn, .effectiveFrom, .effectiveTo, .withdrawn, .disputed}
       } AS sanctions,
       COLLECT {
         MATCH (r:CreditRecord)-[:ABOUT]->(p)
         WHERE r.date <= $asOf AND coalesce(r.withdrawn, false) = false
         RETURN r {.id, .kind, .date, .severity, .disputed}
       } AS records
