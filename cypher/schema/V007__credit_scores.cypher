// Schema V007: the credit module's stored scores. One :CreditScore per party (current), the
// history as :CreditScoreSnapshot nodes, the last recomputation per mode. None is an :Entity.
CREATE CONSTRAINT credit_score_entity IF NOT EXISTS FOR (n:CreditScore) REQUIRE n.entityId IS UNIQUE;
CREATE INDEX credit_score_snapshot_entity_as_of IF NOT EXISTS FOR (n:CreditScoreSnapshot) ON (n.entityId, n.asOf);
CREATE CONSTRAINT credit_recomputation_mode IF NOT EXISTS FOR (n:CreditRecomputation) REQUIRE n.mode IS UNIQUE;
