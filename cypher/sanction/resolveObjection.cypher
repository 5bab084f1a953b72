// Resolves an open objection: the item is no longer disputed; when the objection is upheld the
// item is withdrawn (kept, with who, when and why; a sanction also gets a WITHDRAWAL change),
// unless it was withdrawn already. Parameters: $id, $outcome ('UPHELD' | 'REJECTED'), $by, $note,
// $reason (the withdrawal reason). Columns: id, itemId, itemType, subjectId, withdrewItem.
MATCH (o:Objection {id: $id})-[:CONCERNS]->(item:Entity)
WHERE o.status = 'OPEN'
WITH o, item, coalesce(item.withdrawn, false) AS wasWithdrawn
SET o.status = $outcome,
    o.resolvedBy = $by,
    o.resolvedAt = datetime(),
    o.resolutionNote = $note,
    item.disputed = false
REMOVE o.openItemId
WITH o, item, $outcome = 'UPHELD' AND NOT wasWithdrawn AS withdraw
CALL (o, item, withdraw) {
  WITH o, item WHERE withdraw
  SET item.withdrawn = true,
      item.withdrawnBy = $by,
      item.withdrawnAt = o.resolvedAt,
      item.withdrawalReason = $reason
  WITH item WHERE item:Sanction
  CREATE (item)-[:CHANGED]->(:SanctionChange {kind: 'WITHDRAWAL', at: item.withdrawnAt,
                                             seq: COUNT { (item)-[:CHANGED]->() }, by: $by, reason: $reason})
}
RETURN o.id AS id, o.itemId AS itemId, o.itemType AS itemType, o.subjectId AS subjectId, withdraw AS withdrewItem
