// Streams every node that holds data a client gave or a computation derived from it, for the
// store's fingerprint (crash tests compare a store that was killed and recovered with one that
// never was). Operational nodes (the audit trail, event publications, run and queue bookkeeping)
// are left out: they record when and how often work ran, not what the store knows.
// Parameters: $operational (labels left out)
// Columns: labels, properties
MATCH (n)
WHERE none(label IN labels(n) WHERE label IN $operational)
RETURN labels(n) AS labels, properties(n) AS properties
