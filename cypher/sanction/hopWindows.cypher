// Template for the restrictions projection: like expandStep.cypher, but every neighbour (no
// limit, no order) with the from/to window of the relationship that reaches it, so that the
// projection learns on which days a rule step's answer can change. Placeholders
// `{{relationships}}` and `{{labels}}` are substituted as in expandStep.cypher (enum names from
// the validated rule configuration only, back-quoted).
// Parameters: $frontier (list of ids), $direction, $roles (list or null), $date (DATE or null:
//   null for query-date steps, whose every window counts), $fromKinds / $toKinds (list or null).
// Columns: toId, from, to (the relationship's window, either may be null).
UNWIND $frontier AS fromId
MATCH (a:Entity {id: fromId})
WHERE $fromKinds IS NULL OR a.kind IN $fromKinds
MATCH (a)-[r:`{{relationships}}`]-(b:`{{labels}}`)
WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
  AND ($roles IS NULL OR r.role IN $roles)
  AND ($date IS NULL OR ((r.from IS NULL OR r.from <= $date) AND (r.to IS NULL OR $date <= r.to)))
  AND ($toKinds IS NULL OR b.kind IN $toKinds)
RETURN b.id AS toId, r.from AS from, r.to AS to
