// Stores the current scores of a batch of parties (one :CreditScore node per party, keyed by
// entityId, no relationship to the domain graph) and appends a :CreditScoreSnapshot to the history
// of every row marked changed.
// Parameters: $rows [{entityId, entityType, score, grade, base, factors (JSON), asOf, computedAt,
//   blacklisted, hasRecords, network, networkJson (JSON), exposure, exposures (JSON), restricted,
//   changed}].
// Columns: written.
UNWIND $rows AS row
MERGE (s:CreditScore {entityId: row.entityId})
SET s.entityType = row.entityType,
    s.score = row.score,
    s.grade = row.grade,
    s.base = row.base,
    s.factors = row.factors,
    s.asOf = row.asOf,
    s.computedAt = row.computedAt,
    s.blacklisted = row.blacklisted,
    s.hasRecords = row.hasRecords,
    s.network = row.network,
    s.networkJson = row.networkJson,
    s.exposure = row.exposure,
    s.exposures = row.exposures,
    s.restricted = row.restricted
WITH row
WHERE row.changed
CREATE (:CreditScoreSnapshot {entityId: row.entityId, asOf: row.asOf, computedAt: row.computedAt, score: row.score,
        grade: row.grade, network: row.network, networkJson: row.networkJson, factors: row.factors})
RETURN count(*) AS written
