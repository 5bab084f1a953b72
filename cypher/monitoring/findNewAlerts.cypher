// The parties named by the alerts a scan raised for the first time (not suppressed).
// Parameters: $scanId. Columns: alertId, kind, entityId (one row per alert and party).
MATCH (a:FraudAlert)
WHERE a.scanId = $scanId AND a.firstScanId = $scanId AND coalesce(a.suppressed, false) = false
UNWIND a.entityIds AS entityId
RETURN a.id AS alertId, a.kind AS kind, entityId AS entityId
