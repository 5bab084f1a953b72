// Stores the alerts of a scan: one :FraudAlert per id (the id derives from the alert's facts, so a
// re-scan updates the same node instead of adding one), linked by NAMES to the entities it names.
// firstSeen/firstScanId are kept from the first scan that found it; lastSeen/scanId are this scan.
// An alert whose first scan was never recorded (the process died before the scan's record and its
// event committed) was never announced: it counts as first found by this scan.
// Parameters: $scanId, $now (DATETIME), $alerts [{id, kind, score, entityIds, memberIds, claimIds,
//   evidence (JSON text)}].
// Columns: stored.
UNWIND $alerts AS a
MERGE (x:FraudAlert {id: a.id})
ON CREATE SET x.firstSeen = $now, x.firstScanId = $scanId, x.suppressed = false
WITH x, a
OPTIONAL MATCH (first:FraudScan {id: x.firstScanId})
SET x.firstScanId = CASE WHEN first IS NULL THEN $scanId ELSE x.firstScanId END,
    x.kind = a.kind,
    x.score = a.score,
    x.entityIds = a.entityIds,
    x.memberIds = a.memberIds,
    x.claimIds = a.claimIds,
    x.evidence = a.evidence,
    x.lastSeen = $now,
    x.scanId = $scanId
WITH x, a
CALL (x) {
  MATCH (x)-[old:NAMES]->()
  DELETE old
}
CALL (x, a) {
  UNWIND a.entityIds AS eid
  MATCH (e:Entity {id: eid})
  MERGE (x)-[:NAMES]->(e)
}
RETURN count(x) AS stored
