// Policies per month of their start, line and status: the business written over time.
// Parameters: none.
// Columns: month (yyyy-MM of startDate), line, status, policies, premium (sum, missing premiums as 0).
MATCH (p:Policy)
WHERE p.startDate IS NOT NULL
WITH substring(toString(p.startDate), 0, 7) AS month,
     p.line AS line,
     p.status AS status,
     coalesce(p.premium, 0.0) AS premium
RETURN month AS month,
       line AS line,
       status AS status,
       count(*) AS policies,
       sum(premium) AS premium
ORDER BY month, line, status
