// Claims per month of their incident and status: the losses reported over time.
// Parameters: none.
// Columns: month (yyyy-MM of incidentDate), status, claims, amount (sum, missing amounts as 0).
MATCH (c:Claim)
WHERE c.incidentDate IS NOT NULL
WITH substring(toString(c.incidentDate), 0, 7) AS month,
     c.status AS status,
     coalesce(c.amount, 0.0) AS amount
RETURN month AS month,
       status AS status,
       count(*) AS claims,
       sum(amount) AS amount
ORDER BY month, status
