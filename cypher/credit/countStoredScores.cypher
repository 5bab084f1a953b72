// How many stored current scores a listing of listStoredScores holds in all.
// Parameters: $type (party type or null for all), $grade (A..D or null for all).
// Columns: scores.
MATCH (s:CreditScore)
WHERE ($type IS NULL OR s.entityType = $type)
  AND ($grade IS NULL OR s.grade = $grade)
RETURN count(s) AS scores
