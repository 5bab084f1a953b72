// Every stored score with what a counterparty check reads of it, for the check read model
// (the same fields as checkCounterparties).
// Parameters: none.
// Columns: entityId, score, grade, exposures (JSON or null), restricted.
MATCH (s:CreditScore)
RETURN s.entityId AS entityId,
       s.score AS score,
       s.grade AS grade,
       s.exposures AS exposures,
       coalesce(s.restricted, false) AS restricted
