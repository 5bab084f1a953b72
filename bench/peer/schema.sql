-- Tables shaped like the dataset files (DATA-CONTRACT.md), one per file, the columns typed as the
-- contract says. No keys yet: COPY loads into bare tables and keys.sql adds keys and indexes after,
-- as a DBA loading a dump would. "from" and "to" are quoted (reserved words).
CREATE TABLE insurers (id text, name text, license_no text, status text);
CREATE TABLE intermediaries (id text, name text, kind text, license_no text, status text);
CREATE TABLE practitioners (id text, name text, id_number text, kind text, license_no text, status text);
CREATE TABLE consumers (id text, name text, id_number text, kind text);
CREATE TABLE providers (id text, name text, kind text);
CREATE TABLE affiliations (person_id text, org_id text, role text, "from" date, "to" date);
CREATE TABLE contracts (intermediary_id text, insurer_id text, "from" date, "to" date);
CREATE TABLE policies (id text, insurer_id text, holder_id text, insured_id text, line text,
  start_date date, end_date date, premium numeric, agent_id text, intermediary_id text,
  insurer_confirmed boolean, status text, cancelled_on date, subject_ref text);
CREATE TABLE claims (id text, policy_id text, claimant_id text, incident_date date, reported_date date,
  amount numeric, cause text, status text, adjuster_id text, provider_id text, subject_ref text, invoice_no text);
CREATE TABLE claim_parties (claim_id text, party_id text, role text);
CREATE TABLE identifiers (entity_id text, kind text, value text);
CREATE TABLE sanctions (id text, subject_id text, authority text, kind text, severity int, blacklist boolean,
  decided_on date, effective_from date, effective_to date, reason text);
CREATE TABLE records (id text, subject_id text, kind text, date date, severity int, detail text);
