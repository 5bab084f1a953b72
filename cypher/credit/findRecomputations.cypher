// The last recomputation of each mode.
// Parameters: none. Columns: mode, asOf, computedAt.
MATCH (r:CreditRecomputation)
RETURN r.mode AS mode,
       r.asOf AS asOf,
       r.computedAt AS computedAt
ORDER BY mode
