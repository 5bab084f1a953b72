// Which of the given ids are parties or objects of the graph. Parameters: $ids. Columns: ids.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(DISTINCT e.id) AS ids
