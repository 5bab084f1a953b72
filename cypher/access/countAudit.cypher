// How many audit entries listAudit selects. Parameters: $from, $to. Columns: total.
MATCH (a:AuditEntry)
WHERE ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN count(a) AS total
