// One case with its alerts (rings among them; its origin: those it was opened on, which have no
// attachedAt), the claims and parties attached to it, related cases (either direction) and notes
// in order (a removal's note with what it removed).
// Parameters: $id.
// Columns: id, title, status, assignee, openedBy, openedAt, closedBy, closedAt, reason,
//   alertIds, originAlertIds, ringIds, claimIds, partyIds, relatedCaseIds,
//   notes [{at, author, text, removedKind, removedItemId, removedAttachedBy, removedAttachedAt}],
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
       COLLECT { MATCH (k)-[r:CONCERNS]->(a:FraudAlert) WHERE r.attachedAt IS NULL RETURN DISTINCT a.id ORDER BY a.id } AS originAlertIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(a:FraudAlert) WHERE a.kind = 'RING' RETURN DISTINCT a.id ORDER BY a.id } AS ringIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(c:Claim) RETURN DISTINCT c.id ORDER BY c.id } AS claimIds,
       COLLECT { MATCH (k)-[:CONCERNS]->(p:Party) RETURN DISTINCT p.id ORDER BY p.id } AS partyIds,
       COLLECT { MATCH (k)-[:RELATED_TO]-(o:FraudCase) RETURN DISTINCT o.id ORDER BY o.id } AS relatedCaseIds,
       COLLECT { MATCH (k)-[:HAS_NOTE]->(n:FraudCaseNote)
                 RETURN {at: n.at, author: n.author, text: n.text, removedKind: n.removedKind,
                         removedItemId: n.removedItemId, removedAttachedBy: n.removedAttachedBy,
                         removedAttachedAt: n.removedAttachedAt} AS note ORDER BY n.seq } AS notes,
       k.sanctionProposal AS sanctionProposal
