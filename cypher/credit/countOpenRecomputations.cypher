// Requests not finished yet, by state.
// Parameters: none. Columns: pending, running.
OPTIONAL MATCH (r:CreditRecomputationRequest)
WHERE r.state IN ['PENDING', 'RUNNING']
RETURN count(CASE WHEN r.state = 'PENDING' THEN 1 END) AS pending,
       count(CASE WHEN r.state = 'RUNNING' THEN 1 END) AS running
