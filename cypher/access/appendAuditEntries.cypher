// Appends audit entries (never updates: every row is a new node). Rows are lists, not maps: a
// group commit sends dozens of them, and a list is the cheaper value to send and unpack.
// Parameters: $rows [[at (datetime), actor, role, action, entityId (or null), purpose (or null), status]].
// Columns: written.
UNWIND $rows AS row
CREATE (a:AuditEntry {at: row[0], actor: row[1], role: row[2], action: row[3], status: row[6]})
SET a.entityId = row[4], a.purpose = row[5]
RETURN count(*) AS written
