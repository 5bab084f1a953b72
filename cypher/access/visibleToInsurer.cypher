// Which of these ids an INSURER may see in full: the insurer itself, policies it issued, claims
// on them, consumers holding, insured by or claiming on them, the parties it was granted PII
// access to (approved access requests), and the Identifier nodes of any of these parties.
// Parameters: $orgId (the Insurer id), $ids (candidate entity ids), $now (datetime: approvals
//   that expired before it do not count). Columns: id.
CALL () {
  OPTIONAL MATCH (r:AccessRequest {orgId: $orgId, status: 'APPROVED', scope: 'PII'})
  WHERE r.expiresAt > $now
  RETURN collect(r.entityId) AS granted
}
UNWIND $ids AS candidate
MATCH (n:Entity {id: candidate})
WITH n, granted
WHERE n.id = $orgId
   OR n.id IN granted
   OR (n:Policy AND EXISTS { (n)-[:ISSUED_BY]->(:Insurer {id: $orgId}) })
   OR (n:Claim AND EXISTS { (n)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(:Insurer {id: $orgId}) })
   OR (n:Consumer AND (EXISTS { (n)-[:HOLDS|INSURED_BY]->(:Policy)-[:ISSUED_BY]->(:Insurer {id: $orgId}) }
        OR EXISTS { (n)-[:FILED]->(:Claim)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(:Insurer {id: $orgId}) }))
   OR (n:Identifier AND EXISTS {
        MATCH (owner:Party)-[:HAS_IDENTIFIER]->(n)
        WHERE owner.id = $orgId OR owner.id IN granted
           OR EXISTS { (owner)-[:HOLDS|INSURED_BY]->(:Policy)-[:ISSUED_BY]->(:Insurer {id: $orgId}) }
           OR EXISTS { (owner)-[:FILED]->(:Claim)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(:Insurer {id: $orgId}) }
      })
RETURN n.id AS id
