// Records a person's decision on a pair (never updated: a later decision on the pair replaces it).
// Parameters: $decision {id, a, b, decision, reason, decidedBy, decidedAt} (a < b)
// Columns: id
CREATE (d:ResolutionDecision)
SET d = $decision
RETURN d.id AS id
