// A publication whose listener finished: removed, since nothing reads completed publications
// (the registry keeps incomplete ones only).
// Parameters: $id (UUID text). Columns: id.
MATCH (e:EventPublication {id: $id})
WITH e, e.id AS id
DELETE e
RETURN id
