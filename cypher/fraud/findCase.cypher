// One case with its alerts, related cases (either direction) and notes in order.
// Parameters: $id.
// Columns: id, title, status, assignee, openedBy, openedAt, closedBy, closedAt, reason,
//   alertIds, relatedCaseIds, notes [{at, author, text}], sanctionProposal (JSON text).
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
       COLLECT { MATCH (k)-[:CONCERNS]->(a:FraudAlert) RETURN a.id ORDER BY a.id } AS alertIds,
       COLLECT { MATCH (k)-[:RELATED_TO]-(o:FraudCase) RETURN DISTINCT o.id ORDER BY o.id } AS relatedCaseIds,
       COLLECT { MATCH (k)-[:HAS_NOTE]->(n:FraudCaseNote)
                 RETURN {at: n.at, author: n.author, text: n.text} AS note ORDER BY n.seq } AS notes,
       k.sanctionProposal AS sanctionProposal
