// Answers: the models of the latest run that stored them (an incremental run scores with them).
// Parameters: none
// Columns: personM, personU, personLambda, firmM, firmU, firmLambda (m and u flattened field by field)
MATCH (r:ResolutionRun)
WHERE r.personM IS NOT NULL
RETURN r.personM AS personM,
       r.personU AS personU,
       r.personLambda AS personLambda,
       r.firmM AS firmM,
       r.firmU AS firmU,
       r.firmLambda AS firmLambda
ORDER BY r.startedAt DESC
LIMIT 1
