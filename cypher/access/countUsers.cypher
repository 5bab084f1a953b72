// How many users exist in total and with a role.
// Parameters: $role
// Columns: total, withRole
MATCH (u:User)
RETURN count(u) AS total,
       count(CASE WHEN u.role = $role THEN 1 END) AS withRole
