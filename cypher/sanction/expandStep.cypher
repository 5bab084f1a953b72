// Template of one propagation hop: from each frontier node, the neighbours a rule step reaches.
// Relationship types and labels cannot be Cypher parameters, so the two back-quoted placeholders
// `{{relationships}}` and `{{labels}}` are replaced at start-up by names taken only from the enums
// of the validated rule configuration (SanctionProperties.RelationshipType / NodeType), each
// back-quoted: request input never reaches this text. The file is valid Cypher as it stands.
// Used forward (propagation) and reversed (restrictions: the direction flipped, no date for
// decision-date steps, so the reverse walk finds a superset that propagation then confirms).
// Parameters: $frontier (list of ids), $direction ('OUTGOING' | 'INCOMING' | 'BOTH', seen from
//   the frontier node), $roles (list or null: r.role must be one), $date (DATE or null: the
//   relationship's from/to window must cover it), $fromKinds / $toKinds (list or null: the
//   frontier / reached node's kind must be one), $limit (neighbours kept per frontier node, by id).
// Columns: fromId, toId, toType (domain label), toName.
UNWIND $frontier AS fromId
MATCH (a:Entity {id: fromId})
WHERE $fromKinds IS NULL OR a.kind IN $fromKinds
CALL (a) {
  MATCH (a)-[r:`{{relationships}}`]-(b:`{{labels}}`)
  WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND ($roles IS NULL OR r.role IN $roles)
    AND ($date IS NULL OR ((r.from IS NULL OR r.from <= $date) AND (r.to IS NULL OR $date <= r.to)))
    AND ($toKinds IS NULL OR b.kind IN $toKinds)
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN b
}
RETURN fromId AS fromId,
       b.id AS toId,
       [l IN labels(b) WHERE NOT l IN ['Entity', 'Party']][0] AS toType,
       b.name AS toName
ORDER BY fromId, toId
