// One case with its alerts (rings among them), the claims and parties attached to it, related
// cases (either direction) and notes in order.
// Parameters: $id.
// Columns: id, title, status, assignee, openedBy, openedAt, closedBy, closedAt, reason,
//   alertIds, ringIds, claimIds, partyIds, relatedCaseIds, notes [{at, author, text}],
//   sanctionProposal (JSON text).
MATCH (k:FraudCase {id: $id})
RETURN k.id AS id,
       k.title AS title,
       k.status AS status,
       k.assignee AS assignee,
       k.openedBy AS openedBy,
       k.openedAt AS openedAt,
       k.closedBy AS closedBy,
       k.closedAt AS closedAt,
       k.reason AS reason,
       COLLECT { MATCH (k)-[:CONCERNS]->(a:FraudAlert) RETURN DISTINCT a.id ORDER BY a.id } AS alertIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(a:FraudAlert) WHERE a.kind = 'RING' RETURN DISTINCT a.id ORDER BY a.id } AS ringIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(c:Claim) RETURN DISTINCT c.id ORDER BY c.id } AS claimIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(p:Party) RETURN DISTINCT p.id ORDER BY p.id } AS partyIds,
       COLLECT { MATCH (k)-[:RELATED_TO]-(o:FraudCase) RETURN DISTINCT o.id ORDER BY o.id } AS relatedCaseIds,
       COLLECT { MATCH (k)-[:HAS_NOTE]->(n:FraudCaseNote)
                 RETURN {at: n.at, author: n.author, text: n.text} AS note ORDER BY n.seq } AS notes,
       k.sanctionProposal AS sanctionProposal
