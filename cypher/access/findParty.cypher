// Whether a party with this id exists (a SUBJECT user's entityId must name one).
// Parameters: $id
// Columns: id (at most one row)
MATCH (p:Party {id: $id})
RETURN p.id AS id
