// Answers: every party with the fields that identify it, for a resolution run (streamed once).
// Parameters: none
// Columns: id, type (domain label), kind, name, idNumber, licenseNo,
//          identifiers (ids "KIND:value" except devices), resolvedId (null before any run)
MATCH (n:Party)
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       n.kind AS kind,
       n.name AS name,
       n.idNumber AS idNumber,
       n.licenseNo AS licenseNo,
       [(n)-[:HAS_IDENTIFIER]->(i:Identifier) WHERE i.kind <> 'DEVICE' | i.id] AS identifiers,
       n.resolvedId AS resolvedId
