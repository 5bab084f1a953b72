// Schema V006: the fraud module's own nodes (not :Entity): alerts, scans and cases, and the
// suspicion score stored on claims for the triage queue.
CREATE CONSTRAINT fraud_alert_id IF NOT EXISTS FOR (n:FraudAlert) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fraud_scan_id IF NOT EXISTS FOR (n:FraudScan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fraud_case_id IF NOT EXISTS FOR (n:FraudCase) REQUIRE n.id IS UNIQUE;
CREATE INDEX fraud_alert_scan_kind IF NOT EXISTS FOR (n:FraudAlert) ON (n.scanId, n.kind);
CREATE INDEX fraud_alert_suppressed IF NOT EXISTS FOR (n:FraudAlert) ON (n.suppressed);
CREATE INDEX fraud_scan_finished IF NOT EXISTS FOR (n:FraudScan) ON (n.finishedAt);
CREATE INDEX fraud_case_status IF NOT EXISTS FOR (n:FraudCase) ON (n.status);
CREATE INDEX claim_fraud_score IF NOT EXISTS FOR (n:Claim) ON (n.fraudScore);
