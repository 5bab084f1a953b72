// Stores the current scores of a batch of parties (one :CreditScore node per party, keyed by
// entityId, no relationship to the domain graph) and appends a :CreditScoreSnapshot to the history
// of every row marked changed. The grade last announced (GradesChanged) is kept beside the grade: a
// party whose grade now differs from it is marked :GradeUnannounced in this same transaction, so
// the announcement (credit/takeUnannouncedGrades) cannot be lost by a crash after this commit. A
// party scored for the first time has nothing to announce.
// Parameters: $rows [{entityId, entityType, score, grade, base, factors (JSON), asOf, computedAt,
//   blacklisted, hasRecords, network, networkJson (JSON), exposure, exposures (JSON), restricted,
//   changed}].
// Columns: written.
UNWIND $rows AS row
MERGE (s:CreditScore {entityId: row.entityId})
SET s.announcedGrade = coalesce(s.announcedGrade, s.grade, row.grade)
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
FOREACH (_ IN CASE WHEN s.announcedGrade <> row.grade THEN [1] ELSE [] END | SET s:GradeUnannounced)
WITH row
WHERE row.changed
CREATE (:CreditScoreSnapshot {entityId: row.entityId, asOf: row.asOf, computedAt: row.computedAt, score: row.score,
        grade: row.grade, network: row.network, networkJson: row.networkJson, factors: row.factors})
RETURN count(*) AS written
