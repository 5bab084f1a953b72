// The check read model's rows of some parties, re-read after a change that touched only them
// (CheckReadModel's patch): what listCheckParties, listCheckScores and listCheckSanctions give
// for every party, for these ids.
// Parameters: $ids (list of party ids).
// Columns: id, found, type, scored, score, grade, exposures (JSON or null), restricted,
//   sanctions (list of maps of id, kind, severity, blacklist, authority, effectiveFrom,
//   effectiveTo, disputed, withdrawn).
UNWIND $ids AS pid
OPTIONAL MATCH (p:Party {id: pid})
OPTIONAL MATCH (s:CreditScore {entityId: pid})
RETURN pid AS id,
       p IS NOT NULL AS found,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       s IS NOT NULL AS scored,
       s.score AS score,
       s.grade AS grade,
       s.exposures AS exposures,
       coalesce(s.restricted, false) AS restricted,
       COLLECT {
         MATCH (x:Sanction)-[:AGAINST]->(p)
         RETURN x {.id, .kind, .severity, .blacklist, .authority, .effectiveFrom, .effectiveTo, .disputed,
                   withdrawn: coalesce(x.withdrawn, false)}
       } AS sanctions
