// Upserts CONTRACTED_WITH: one relationship per intermediary, insurer and start date.
// Parameters: $rows [{intermediaryId, insurerId, from, to}]. Columns: written.
UNWIND $rows AS row
MATCH (i:Intermediary {id: row.intermediaryId})
MATCH (ins:Insurer {id: row.insurerId})
MERGE (i)-[c:CONTRACTED_WITH {from: row.from}]->(ins)
SET c.to = row.to
RETURN count(*) AS written
