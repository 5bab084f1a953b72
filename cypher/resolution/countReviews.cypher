// Answers: how many links await review.
// Parameters: none
// Columns: total
MATCH ()-[r:SAME_AS {decision: 'POSSIBLE'}]->()
RETURN count(r) AS total
