// Parties per type, kind and status: the make-up of the market.
// Parameters: none.
// Columns: type (domain label), kind (null for insurers), status (null for consumers and providers), parties.
MATCH (p:Party)
WITH [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
     p.kind AS kind,
     p.status AS status
RETURN type AS type,
       kind AS kind,
       status AS status,
       count(*) AS parties
ORDER BY type, kind, status
