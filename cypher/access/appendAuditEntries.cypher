// Appends audit entries (never updates: every row is a new node).
// Parameters: $rows [{id, at (datetime), actor, role, action, entityId, purpose, status}].
// Columns: written.
UNWIND $rows AS row
CREATE (a:AuditEntry {id: row.id, at: row.at, actor: row.actor, role: row.role, action: row.action,
                      status: row.status})
SET a.entityId = row.entityId, a.purpose = row.purpose
RETURN count(*) AS written
