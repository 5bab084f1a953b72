// Closes an open case as CONFIRMED_FRAUD or DISMISSED with who, when, why and an optional
// sanction proposal (JSON text); no row when the case is not open.
// Parameters: $id, $status, $by, $at (DATETIME), $reason, $sanctionProposal.
// Columns: id.
MATCH (k:FraudCase {id: $id})
WHERE k.status = 'OPEN'
SET k.status = $status,
    k.closedBy = $by,
    k.closedAt = $at,
    k.reason = $reason,
    k.sanctionProposal = $sanctionProposal
RETURN k.id AS id
