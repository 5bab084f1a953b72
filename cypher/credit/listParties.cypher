// The next page of parties by id, for a recomputation that walks every party.
// Parameters: $after (id to start after; '' for the first page), $limit (page size).
// Columns: id, type (domain label).
MATCH (p:Party)
WHERE p.id > $after
RETURN p.id AS id,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type
ORDER BY id
LIMIT $limit
