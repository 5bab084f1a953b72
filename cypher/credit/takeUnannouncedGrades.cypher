// Takes up to $limit parties whose stored grade was not announced yet (marked by
// credit/writeScores) and marks them announced; run in the transaction that stores the
// GradesChanged publication, so a change is announced once, and a crash before that commit leaves
// the mark for the next recomputation or start. A grade that went back to the announced one before
// its announcement has no change to tell.
// Parameters: $limit.
// Columns: taken (marked parties taken), changes [{entityId, oldGrade, newGrade, asOf}].
MATCH (s:CreditScore:GradeUnannounced)
WITH s LIMIT $limit
REMOVE s:GradeUnannounced
WITH s, s.announcedGrade AS oldGrade, s.grade AS newGrade
SET s.announcedGrade = newGrade
WITH count(s) AS taken,
     collect(CASE WHEN oldGrade IS NOT NULL AND oldGrade <> newGrade
                  THEN {entityId: s.entityId, oldGrade: oldGrade, newGrade: newGrade, asOf: s.asOf} END) AS changes
RETURN taken, changes
