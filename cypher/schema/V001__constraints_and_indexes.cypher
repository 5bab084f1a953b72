// Schema V001: keys and look-up indexes of the graph model (DESIGN.md "The graph").
// Every node of the model carries :Entity beside its own label, so `id` is unique across all
// labels and any id resolves through one index. Parties also carry :Party.
// Identifier ids are "<KIND>:<normalised value>", e.g. PHONE:13800138000.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT insurer_id IF NOT EXISTS FOR (n:Insurer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT intermediary_id IF NOT EXISTS FOR (n:Intermediary) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practitioner_id IF NOT EXISTS FOR (n:Practitioner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT consumer_id IF NOT EXISTS FOR (n:Consumer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identifier_id IF NOT EXISTS FOR (n:Identifier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (n:Sanction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credit_record_id IF NOT EXISTS FOR (n:CreditRecord) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;

CREATE INDEX identifier_value IF NOT EXISTS FOR (n:Identifier) ON (n.value);
CREATE INDEX identifier_kind_value IF NOT EXISTS FOR (n:Identifier) ON (n.kind, n.value);
CREATE INDEX policy_subject_ref IF NOT EXISTS FOR (n:Policy) ON (n.subjectRef);
CREATE INDEX policy_start_date IF NOT EXISTS FOR (n:Policy) ON (n.startDate);
CREATE INDEX claim_subject_ref IF NOT EXISTS FOR (n:Claim) ON (n.subjectRef);
CREATE INDEX claim_invoice_no IF NOT EXISTS FOR (n:Claim) ON (n.invoiceNo);
CREATE INDEX claim_incident_date IF NOT EXISTS FOR (n:Claim) ON (n.incidentDate);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX sanction_effective_from IF NOT EXISTS FOR (n:Sanction) ON (n.effectiveFrom);
CREATE INDEX credit_record_date IF NOT EXISTS FOR (n:CreditRecord) ON (n.date);
CREATE INDEX party_license_no IF NOT EXISTS FOR (n:Party) ON (n.licenseNo);
CREATE TEXT INDEX party_name IF NOT EXISTS FOR (n:Party) ON (n.name);
