// Parties whose stored score has a network part, exposures or a restriction flag: an incremental
// recomputation compares them with the new propagation.
// Parameters: none.
// Columns: entityId.
MATCH (s:CreditScore)
WHERE s.exposure > 0 OR s.exposures <> '[]' OR s.restricted
RETURN s.entityId AS entityId
