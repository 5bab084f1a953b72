// Whether an Insurer with this id exists (an INSURER user's orgId must name one).
// Parameters: $id
// Columns: id (at most one row)
MATCH (i:Insurer {id: $id})
RETURN i.id AS id
