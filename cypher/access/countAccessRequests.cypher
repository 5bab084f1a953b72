// How many requests listAccessRequests selects. Parameters: $orgId, $status. Columns: total.
MATCH (r:AccessRequest)
WHERE ($orgId IS NULL OR r.orgId = $orgId)
  AND ($status IS NULL OR r.status = $status)
RETURN count(r) AS total
