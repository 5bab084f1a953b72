// Streams every relationship between fingerprinted nodes (streamNodesForFingerprint) with its
// ends: an end is named by its id, or by its labels and properties when it has none.
// Parameters: $operational (labels left out)
// Columns: type, properties, startId, startLabels, startProperties, endId, endLabels, endProperties
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) WHERE label IN $operational)
  AND none(label IN labels(b) WHERE label IN $operational)
RETURN type(r) AS type, properties(r) AS properties,
       a.id AS startId, CASE WHEN a.id IS NULL THEN labels(a) END AS startLabels,
       CASE WHEN a.id IS NULL THEN properties(a) END AS startProperties,
       b.id AS endId, CASE WHEN b.id IS NULL THEN labels(b) END AS endLabels,
       CASE WHEN b.id IS NULL THEN properties(b) END AS endProperties
