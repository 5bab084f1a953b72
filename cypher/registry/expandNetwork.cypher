// Answers: the neighbourhood of one entity up to $depth levels in one read, breadth first: each
// level holds the entities linked to the level before by a relationship in force on $asOf
// (from <= asOf, to absent or >= asOf; relationships without from/to always count), not met
// before, in id order; the neighbourhood holds at most $limit nodes, the root included: a level
// that does not fit is cut to what fits and the walk stops there (truncated). Then every
// relationship in force among the nodes kept, in its stored direction. The four levels the
// registry allows (MAX_DEPTH) are unrolled, so the whole answer is one round trip instead of one
// per level and one for the edges.
// Parameters: $id, $depth (1 to 4), $asOf (date), $limit (integer, at least 1)
// Columns (no row when no entity has the id): nodes (list of {id, type, properties}: the root,
//   then each level in id order), reached (the last level that added a node, 0 for none),
//   truncated (the cap cut a level), edges (list of {source, target, type, properties}, by
//   source, type, target, from and role)
MATCH (root:Entity {id: $id})
WITH [root] AS kept, [root] AS frontier, 0 AS reached, false AS truncated
CALL (kept, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 1 AND NOT truncated THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE NOT m IN kept
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS level
}
WITH kept, level, reached, truncated, level[..($limit - size(kept))] AS fits
WITH kept + fits AS kept, fits AS frontier, CASE WHEN size(fits) > 0 THEN 1 ELSE reached END AS reached,
     truncated OR size(level) > size(fits) AS truncated
CALL (kept, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 2 AND NOT truncated THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE NOT m IN kept
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS level
}
WITH kept, level, reached, truncated, level[..($limit - size(kept))] AS fits
WITH kept + fits AS kept, fits AS frontier, CASE WHEN size(fits) > 0 THEN 2 ELSE reached END AS reached,
     truncated OR size(level) > size(fits) AS truncated
CALL (kept, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 3 AND NOT truncated THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE NOT m IN kept
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS level
}
WITH kept, level, reached, truncated, level[..($limit - size(kept))] AS fits
WITH kept + fits AS kept, fits AS frontier, CASE WHEN size(fits) > 0 THEN 3 ELSE reached END AS reached,
     truncated OR size(level) > size(fits) AS truncated
CALL (kept, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 4 AND NOT truncated THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE NOT m IN kept
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS level
}
WITH kept, level, reached, truncated, level[..($limit - size(kept))] AS fits
WITH kept + fits AS kept, fits AS frontier, CASE WHEN size(fits) > 0 THEN 4 ELSE reached END AS reached,
     truncated OR size(level) > size(fits) AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH a, b, r
  ORDER BY a.id, type(r), b.id, r.from, r.role
  RETURN collect({source: a.id, target: b.id, type: type(r), properties: properties(r)}) AS edges
}
RETURN [n IN kept | {id: n.id,
                     type: [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0],
                     properties: properties(n)}] AS nodes,
       reached,
       truncated,
       edges
