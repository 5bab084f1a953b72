// Feedback by its key (sanction, party, measure, action, day, organisation; unique, V009).
// Parameters: $key. Columns: as listMeasureFeedback.cypher.
MATCH (f:MeasureFeedback {key: $key})
OPTIONAL MATCH (f)-[:APPLIED_TO]->(p:Party)
RETURN f.id AS id, f.sanctionId AS sanctionId, f.entityId AS entityId,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS entityType, p.name AS name,
       f.measure AS measure, f.rule AS rule, f.action AS action, f.date AS date, f.note AS note,
       f.implementedBy AS implementedBy, f.recordedBy AS recordedBy, f.recordedAt AS recordedAt
LIMIT 1
