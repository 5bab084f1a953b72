// How many objections listObjections.cypher pages through.
// Parameters: $status (string or null), $subjectId (string or null). Columns: total.
MATCH (o:Objection)
WHERE ($status IS NULL OR o.status = $status)
  AND ($subjectId IS NULL OR o.subjectId = $subjectId)
RETURN count(o) AS total
