// A page of the stored current scores, lowest score first (ties by id), optionally of one party
// type and one grade.
// Parameters: $type (party type or null for all), $grade (A..D or null for all), $skip, $limit.
// Columns: entityId, entityType, score, grade, network, factors (JSON).
MATCH (s:CreditScore)
WHERE ($type IS NULL OR s.entityType = $type)
  AND ($grade IS NULL OR s.grade = $grade)
RETURN s.entityId AS entityId,
       s.entityType AS entityType,
       s.score AS score,
       s.grade AS grade,
       s.network AS network,
       s.factors AS factors
ORDER BY score, entityId
SKIP $skip
LIMIT $limit
