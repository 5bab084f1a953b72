// Answers: the members of every resolved entity of more than one party, for the in-memory index
// that counterparty checks read (MemberIndex). Only members other than the smallest carry a
// resolvedId, and the smallest is the entity's id, so each group is its id plus these.
// Parameters: none
// Columns: resolvedId, members (ids that carry it)
MATCH (p:Party)
WHERE p.resolvedId IS NOT NULL
RETURN p.resolvedId AS resolvedId, collect(p.id) AS members
