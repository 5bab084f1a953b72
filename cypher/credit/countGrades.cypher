// Stored scores per party type and grade.
// Parameters: none. Columns: type, grade, scores.
MATCH (s:CreditScore)
RETURN s.entityType AS type,
       s.grade AS grade,
       count(*) AS scores
ORDER BY type, grade
