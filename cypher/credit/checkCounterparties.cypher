// What a counterparty check reads of the graph for a batch of ids in one round trip: whether each
// is a party, its type, its stored score, grade, exposures and restriction flag. The sanctions in
// force on it come from the sanction module (SanctionService.inForce), which owns that rule.
// Parameters: $ids (list of ids).
// Columns: id, found, type, score, grade, exposures (JSON or null), restricted.
UNWIND $ids AS pid
OPTIONAL MATCH (p:Party {id: pid})
OPTIONAL MATCH (s:CreditScore {entityId: pid})
RETURN pid AS id,
       p IS NOT NULL AS found,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       s.score AS score,
       s.grade AS grade,
       s.exposures AS exposures,
       coalesce(s.restricted, false) AS restricted
