// The open objection on an item, if any. Parameters: $itemId. Columns: id.
MATCH (o:Objection {openItemId: $itemId})
RETURN o.id AS id
