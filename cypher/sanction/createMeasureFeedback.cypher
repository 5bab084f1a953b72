// Records feedback on a measure applied to a party because of a sanction. `key` is unique (V009):
// the same organisation, action, measure, party and day are recorded once.
// Parameters: $row {id, key, sanctionId, entityId, measure, rule, action, date, note,
//   implementedBy, recordedBy}. Columns: id (no row when the sanction or the party is gone).
MATCH (s:Sanction {id: $row.sanctionId})
MATCH (p:Party {id: $row.entityId})
CREATE (f:MeasureFeedback {id: $row.id})
SET f.key = $row.key,
    f.sanctionId = $row.sanctionId,
    f.entityId = $row.entityId,
    f.measure = $row.measure,
    f.rule = $row.rule,
    f.action = $row.action,
    f.date = $row.date,
    f.note = $row.note,
    f.implementedBy = $row.implementedBy,
    f.recordedBy = $row.recordedBy,
    f.recordedAt = datetime()
CREATE (f)-[:ON_SANCTION]->(s)
CREATE (f)-[:APPLIED_TO]->(p)
RETURN f.id AS id
