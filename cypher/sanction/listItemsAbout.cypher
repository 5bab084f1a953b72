// The ids of every sanction and credit record about one party (withdrawn ones included), newest
// first: what its own credit report lists.
// Parameters: $id (party id). Columns: sanctionIds (list), recordIds (list).
MATCH (p:Party {id: $id})
RETURN COLLECT {
         MATCH (s:Sanction)-[:AGAINST]->(p)
         RETURN s.id ORDER BY s.decidedOn DESC, s.id
       } AS sanctionIds,
       COLLECT {
         MATCH (r:CreditRecord)-[:ABOUT]->(p)
         RETURN r.id ORDER BY r.date DESC, r.id
       } AS recordIds
