// Files an objection on a sanction or credit record that still stands and marks the item
// disputed, in one transaction. `openItemId` is unique (V009): a second open objection on the same
// item fails the constraint. Parameters: $itemId, $row {id, itemType, subjectId, reason, filedBy}.
// Columns: id (no row when the item is gone or withdrawn).
MATCH (item:Entity {id: $itemId})
WHERE (item:Sanction OR item:CreditRecord) AND coalesce(item.withdrawn, false) = false
SET item.disputed = true
CREATE (o:Objection {id: $row.id})
SET o.itemId = $itemId,
    o.openItemId = $itemId,
    o.itemType = $row.itemType,
    o.subjectId = $row.subjectId,
    o.reason = $row.reason,
    o.status = 'OPEN',
    o.filedBy = $row.filedBy,
    o.filedAt = datetime()
CREATE (o)-[:CONCERNS]->(item)
RETURN o.id AS id
