// Answers: how many parties the graph holds (an incremental run checks its snapshot against it).
// Parameters: none
// Columns: total
MATCH (p:Party)
RETURN count(p) AS total
