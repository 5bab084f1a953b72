// Marks claims confirmed fraudulent (status FRAUD) by a case, keeping their previous status;
// the next scan seeds its network scores from them.
// Parameters: $ids (claim ids), $caseId.
// Columns: marked.
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
SET c.statusBeforeFraud = CASE WHEN c.status = 'FRAUD' THEN c.statusBeforeFraud ELSE c.status END,
    c.status = 'FRAUD',
    c.fraudCaseId = $caseId
RETURN count(c) AS marked
