// Upserts policies by id with their insurer, holder, insured, agent and intermediary; a reference
// that changed since the last import replaces the old relationship.
// Parameters: $rows [{id, insurerId, holderId, insuredId, line, startDate, endDate, premium,
//   agentId, intermediaryId, insurerConfirmed, status, cancelledOn, subjectRef}].
// Columns: written (rows that changed something).
UNWIND $rows AS row
// a stored policy that already equals the row (properties and every relationship) needs no write
OPTIONAL MATCH (known:Policy {id: row.id})
WITH row, known
WHERE known IS NULL OR NOT (
  coalesce(known.line = row.line, known.line IS NULL AND row.line IS NULL)
  AND coalesce(known.startDate = row.startDate, known.startDate IS NULL AND row.startDate IS NULL)
  AND coalesce(known.endDate = row.endDate, known.endDate IS NULL AND row.endDate IS NULL)
  AND coalesce(known.premium = row.premium, known.premium IS NULL AND row.premium IS NULL)
  AND coalesce(known.insurerConfirmed = row.insurerConfirmed, known.insurerConfirmed IS NULL AND row.insurerConfirmed IS NULL)
  AND coalesce(known.status = row.status, known.status IS NULL AND row.status IS NULL)
  AND coalesce(known.cancelledOn = row.cancelledOn, known.cancelledOn IS NULL AND row.cancelledOn IS NULL)
  AND coalesce(known.subjectRef = row.subjectRef, known.subjectRef IS NULL AND row.subjectRef IS NULL)
  AND [(known)-[:ISSUED_BY]->(x) | x.id] = [row.insurerId]
  AND [(x)-[:HOLDS]->(known) | x.id] = [row.holderId]
  AND [(x)-[:INSURED_BY]->(known) | x.id] = [row.insuredId]
  AND [(known)-[:SOLD_BY]->(x) | x.id] = CASE WHEN row.agentId IS NULL THEN [] ELSE [row.agentId] END
  AND [(known)-[:VIA]->(x) | x.id] = CASE WHEN row.intermediaryId IS NULL THEN [] ELSE [row.intermediaryId] END)
MERGE (p:Entity {id: row.id})
SET p:Policy,
    p.line = row.line,
    p.startDate = row.startDate,
    p.endDate = row.endDate,
    p.premium = row.premium,
    p.insurerConfirmed = row.insurerConfirmed,
    p.status = row.status,
    p.cancelledOn = row.cancelledOn,
    p.subjectRef = row.subjectRef
WITH p, row
MATCH (insurer:Insurer {id: row.insurerId})
MATCH (holder:Consumer {id: row.holderId})
MATCH (insured:Consumer {id: row.insuredId})
OPTIONAL MATCH (agent:Practitioner {id: row.agentId})
OPTIONAL MATCH (via:Intermediary {id: row.intermediaryId})
CALL (p, insurer) {
  OPTIONAL MATCH (p)-[old:ISSUED_BY]->(x)
  WHERE x <> insurer
  DELETE old
}
CALL (p, holder) {
  OPTIONAL MATCH (x)-[old:HOLDS]->(p)
  WHERE x <> holder
  DELETE old
}
CALL (p, insured) {
  OPTIONAL MATCH (x)-[old:INSURED_BY]->(p)
  WHERE x <> insured
  DELETE old
}
CALL (p, agent) {
  OPTIONAL MATCH (p)-[old:SOLD_BY]->(x)
  WHERE agent IS NULL OR x <> agent
  DELETE old
}
CALL (p, via) {
  OPTIONAL MATCH (p)-[old:VIA]->(x)
  WHERE via IS NULL OR x <> via
  DELETE old
}
MERGE (p)-[:ISSUED_BY]->(insurer)
MERGE (holder)-[:HOLDS]->(p)
MERGE (insured)-[:INSURED_BY]->(p)
FOREACH (a IN CASE WHEN agent IS NULL THEN [] ELSE [agent] END | MERGE (p)-[:SOLD_BY]->(a))
FOREACH (v IN CASE WHEN via IS NULL THEN [] ELSE [via] END | MERGE (p)-[:VIA]->(v))
RETURN count(*) AS written
