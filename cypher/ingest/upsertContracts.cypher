// Upserts CONTRACTED_WITH: one relationship per intermediary, insurer and start date.
// Parameters: $rows [{intermediaryId, insurerId, from, to}]. Columns: written (rows that changed something).
UNWIND $rows AS row
MATCH (i:Intermediary {id: row.intermediaryId})
MATCH (ins:Insurer {id: row.insurerId})
// a contract already stored with the same end date needs no write
WITH i, ins, row
WHERE NOT EXISTS {
  MATCH (i)-[c:CONTRACTED_WITH {from: row.from}]->(ins)
  WHERE coalesce(c.to = row.to, c.to IS NULL AND row.to IS NULL)
}
MERGE (i)-[c:CONTRACTED_WITH {from: row.from}]->(ins)
SET c.to = row.to
RETURN count(*) AS written
