// Schema V012: the credit module's queue of recomputations after changes (one node per module
// event that asks for one; a run merges every pending request).
CREATE CONSTRAINT credit_recomputation_request_id IF NOT EXISTS FOR (n:CreditRecomputationRequest) REQUIRE n.id IS UNIQUE;
CREATE INDEX credit_recomputation_request_state IF NOT EXISTS FOR (n:CreditRecomputationRequest) ON (n.state);
CREATE INDEX credit_recomputation_request_run IF NOT EXISTS FOR (n:CreditRecomputationRequest) ON (n.runId);
