// Schema V008: the audit trail and special-approval requests of the access module. Neither is
// :Entity (domain clean-up keeps them). :AuditEntry nodes are only ever created (append-only);
// they are read by entity (who looked at this person), by actor and by time.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_entity_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityId, a.at);
CREATE INDEX audit_entry_actor_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor, a.at);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE CONSTRAINT access_request_id IF NOT EXISTS FOR (r:AccessRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX access_request_status IF NOT EXISTS FOR (r:AccessRequest) ON (r.status);
CREATE INDEX access_request_org_entity IF NOT EXISTS FOR (r:AccessRequest) ON (r.orgId, r.entityId);
