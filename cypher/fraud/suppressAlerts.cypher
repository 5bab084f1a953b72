// Suppresses the alerts of a dismissed case: later scans that find the same facts (same alert id)
// neither count nor list them.
// Parameters: $ids (alert ids), $caseId.
// Columns: suppressed.
UNWIND $ids AS aid
MATCH (a:FraudAlert {id: aid})
SET a.suppressed = true,
    a.suppressedBy = $caseId
RETURN count(a) AS suppressed
