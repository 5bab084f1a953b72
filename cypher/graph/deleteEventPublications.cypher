// Deletes stored publications by id.
// Parameters: $ids (list of UUID text). Columns: deleted.
UNWIND $ids AS id
MATCH (e:EventPublication {id: id})
DETACH DELETE e
RETURN count(*) AS deleted
