// Everything a counterparty check needs for a batch of ids in one round trip: whether each is a
// party, its type, its stored score, grade, exposures and restriction flag, and the sanctions
// against it in force on $asOf.
// Parameters: $ids (list of ids), $asOf (DATE).
// Columns: id, found, type, score, grade, exposures (JSON or null), restricted, activeSanctions.
UNWIND $ids AS pid
OPTIONAL MATCH (p:Party {id: pid})
OPTIONAL MATCH (s:CreditScore {entityId: pid})
RETURN pid AS id,
       p IS NOT NULL AS found,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       s.score AS score,
       s.grade AS grade,
       s.exposures AS exposures,
       coalesce(s.restricted, false) AS restricted,
       COLLECT {
         MATCH (x:Sanction)-[:AGAINST]->(p)
         WHERE x.effectiveFrom <= $asOf
           AND (x.effectiveTo IS NULL OR $asOf <= x.effectiveTo)
           AND coalesce(x.withdrawn, false) = false
         RETURN x {.id, .kind, .severity, .blacklist, .authority, .effectiveFrom, .effectiveTo, .disputed}
         ORDER BY x.id
       } AS activeSanctions
