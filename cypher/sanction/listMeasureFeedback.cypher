// Every feedback on a sanction's measures, by party, measure, then day and recording time.
// Parameters: $sanctionId. Columns: id, sanctionId, entityId, entityType, name, measure, rule,
//   action, date, note, implementedBy, recordedBy, recordedAt.
MATCH (f:MeasureFeedback {sanctionId: $sanctionId})
OPTIONAL MATCH (f)-[:APPLIED_TO]->(p:Party)
RETURN f.id AS id, f.sanctionId AS sanctionId, f.entityId AS entityId,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS entityType, p.name AS name,
       f.measure AS measure, f.rule AS rule, f.action AS action, f.date AS date, f.note AS note,
       f.implementedBy AS implementedBy, f.recordedBy AS recordedBy, f.recordedAt AS recordedAt
ORDER BY entityId, measure, date, recordedAt, id
