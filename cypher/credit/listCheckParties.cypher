// Every party with its type: the keys of the check read model (CheckReadModel), streamed once per
// rebuild; listCheckScores gives their stored scores (two label scans instead of one index seek
// per party: a million parties rebuild in seconds).
// Parameters: none.
// Columns: id, type.
MATCH (p:Party)
RETURN p.id AS id,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type
