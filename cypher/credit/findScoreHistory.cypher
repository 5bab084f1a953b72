// The stored score history of a party, newest first.
// Parameters: $id (party id), $limit.
// Columns: asOf, computedAt, score, grade, network, factors (JSON).
MATCH (h:CreditScoreSnapshot {entityId: $id})
RETURN h.asOf AS asOf,
       h.computedAt AS computedAt,
       h.score AS score,
       h.grade AS grade,
       h.network AS network,
       h.factors AS factors
ORDER BY asOf DESC, computedAt DESC
LIMIT $limit
