// Schema V012: entity resolution (docs/resolution.md). Parties carry resolvedId (the smallest
// member id of their resolved entity); SAME_AS relationships carry scored links; person
// decisions are :ResolutionDecision nodes (kept across runs, the latest per pair wins); runs
// are :ResolutionRun nodes. Search finds parties by any written form of their id number.
CREATE INDEX party_resolved_id IF NOT EXISTS FOR (n:Party) ON (n.resolvedId);
CREATE INDEX party_id_number IF NOT EXISTS FOR (n:Party) ON (n.idNumber);
CREATE INDEX same_as_decision IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.decision);
CREATE CONSTRAINT resolution_decision_id IF NOT EXISTS FOR (n:ResolutionDecision) REQUIRE n.id IS UNIQUE;
CREATE INDEX resolution_decision_pair IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.a, n.b);
CREATE CONSTRAINT resolution_run_id IF NOT EXISTS FOR (n:ResolutionRun) REQUIRE n.id IS UNIQUE;
