// Answers: the parties with these ids and the fields that identify them (decisions, re-clustering).
// Parameters: $ids (list of strings)
// Columns: id, type, kind, name, idNumber, licenseNo, identifiers, resolvedId (as streamParties)
UNWIND $ids AS partyId
MATCH (n:Party {id: partyId})
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       n.kind AS kind,
       n.name AS name,
       n.idNumber AS idNumber,
       n.licenseNo AS licenseNo,
       [(n)-[:HAS_IDENTIFIER]->(i:Identifier) WHERE i.kind <> 'DEVICE' | i.id] AS identifiers,
       n.resolvedId AS resolvedId
