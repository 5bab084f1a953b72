// Answers: the latest person decision of every decided pair (a later decision replaces an earlier one).
// Parameters: none
// Columns: a, b (party ids, a < b), decision (SAME or DIFFERENT)
MATCH (d:ResolutionDecision)
WITH d
ORDER BY d.decidedAt DESC, d.id DESC
WITH d.a AS a, d.b AS b, collect(d.decision)[0] AS decision
RETURN a AS a,
       b AS b,
       decision AS decision
