// Every CONTRACTED_WITH of an intermediary with an insurer and its period: FAKE_POLICY checks
// that a policy's intermediary was contracted with the insurer on its start date.
// Parameters: none.
// Columns: intermediaryId, insurerId, from, to.
MATCH (imd:Intermediary)-[k:CONTRACTED_WITH]->(ins:Insurer)
RETURN imd.id AS intermediaryId,
       ins.id AS insurerId,
       k.from AS from,
       k.to AS to
