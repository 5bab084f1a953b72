// Every party with what a counterparty check reads of its stored score: the rows of the check
// read model (CheckReadModel), streamed once per rebuild. Same fields as checkCounterparties.
// Parameters: none.
// Columns: id, type, score, grade, exposures (JSON or null), restricted.
MATCH (p:Party)
OPTIONAL MATCH (s:CreditScore {entityId: p.id})
RETURN p.id AS id,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       s.score AS score,
       s.grade AS grade,
       s.exposures AS exposures,
       coalesce(s.restricted, false) AS restricted
