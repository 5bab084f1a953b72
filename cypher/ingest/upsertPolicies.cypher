// Upserts policies by id with their insurer, holder, insured, agent and intermediary; a reference
// that changed since the last import replaces the old relationship.
// Parameters: $rows [{id, insurerId, holderId, insuredId, line, startDate, endDate, premium,
//   agentId, intermediaryId, insurerConfirmed, status, cancelledOn, subjectRef}].
// Columns: written.
UNWIND $rows AS row
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
