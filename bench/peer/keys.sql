-- After COPY: primary keys, the indexes the questions' joins and filters need, three derived
-- tables, then ANALYZE. Derived tables:
--   party            every party id with its type (the five party files), for type tests;
--   identifier_link  a party and the identifier node it links to, the value normalised as the
--                    import does (DATA-CONTRACT.md), id '<KIND>:<value>' as in the graph;
--   edge             the adjacency list of the whole graph, both directions: every relationship
--                    of DESIGN.md "The graph" between two domain nodes, with its from/to window,
--                    so that neighbourhoods and paths are one indexed join per hop.
-- Foreign keys are left out: the data comes from a validated export (the generator) and the
-- questions only read.
ALTER TABLE insurers ADD PRIMARY KEY (id);
ALTER TABLE intermediaries ADD PRIMARY KEY (id);
ALTER TABLE practitioners ADD PRIMARY KEY (id);
ALTER TABLE consumers ADD PRIMARY KEY (id);
ALTER TABLE providers ADD PRIMARY KEY (id);
ALTER TABLE policies ADD PRIMARY KEY (id);
ALTER TABLE claims ADD PRIMARY KEY (id);
ALTER TABLE sanctions ADD PRIMARY KEY (id);
ALTER TABLE records ADD PRIMARY KEY (id);

CREATE INDEX affiliations_person ON affiliations (person_id, role) INCLUDE (org_id, "from", "to");
CREATE INDEX affiliations_org ON affiliations (org_id, role) INCLUDE (person_id, "from", "to");
CREATE INDEX contracts_intermediary ON contracts (intermediary_id);
CREATE INDEX contracts_insurer ON contracts (insurer_id);
CREATE INDEX policies_insurer ON policies (insurer_id);
CREATE INDEX policies_holder ON policies (holder_id);
CREATE INDEX claims_policy ON claims (policy_id);
CREATE INDEX claims_claimant_cause ON claims (claimant_id, cause);
CREATE INDEX claims_subject_ref ON claims (subject_ref) WHERE subject_ref IS NOT NULL;
CREATE INDEX claims_invoice_no ON claims (invoice_no) WHERE invoice_no IS NOT NULL;
CREATE INDEX claim_parties_claim ON claim_parties (claim_id);
CREATE INDEX claim_parties_party ON claim_parties (party_id);
CREATE INDEX sanctions_subject ON sanctions (subject_id);
CREATE INDEX sanctions_blacklist ON sanctions (effective_from) WHERE blacklist;
CREATE INDEX records_subject ON records (subject_id);

CREATE TABLE party AS
  SELECT id, 'Insurer'::text AS type FROM insurers
  UNION ALL SELECT id, 'Intermediary' FROM intermediaries
  UNION ALL SELECT id, 'Practitioner' FROM practitioners
  UNION ALL SELECT id, 'Consumer' FROM consumers
  UNION ALL SELECT id, 'Provider' FROM providers;
ALTER TABLE party ADD PRIMARY KEY (id);

CREATE TABLE identifier_link AS
  SELECT DISTINCT entity_id, kind, kind || ':' || normalised AS identifier_id
  FROM (
    SELECT entity_id, kind,
           CASE kind
             WHEN 'PHONE' THEN
               CASE WHEN digits LIKE '0086%' THEN substr(digits, 5)
                    WHEN digits LIKE '86%' AND (btrim(value) LIKE '+%' OR length(digits) = 13) THEN substr(digits, 3)
                    ELSE digits END
             WHEN 'EMAIL' THEN lower(btrim(value))
             WHEN 'BANK_ACCOUNT' THEN upper(regexp_replace(value, '[^A-Za-z0-9]', '', 'g'))
             WHEN 'ADDRESS' THEN upper(regexp_replace(btrim(value), '[ \t\n\v\f\r]+', ' ', 'g'))
             ELSE btrim(value)
           END AS normalised
    FROM (SELECT *, regexp_replace(value, '[^0-9]', '', 'g') AS digits FROM identifiers) i
  ) n
  WHERE normalised <> '';
CREATE INDEX identifier_link_entity ON identifier_link (entity_id, kind) INCLUDE (identifier_id);
CREATE INDEX identifier_link_identifier ON identifier_link (identifier_id) INCLUDE (entity_id);

CREATE TABLE edge (a text NOT NULL, b text NOT NULL, type text NOT NULL, "from" date, "to" date);
INSERT INTO edge (a, b, type, "from", "to")
WITH rel (a, b, type, "from", "to") AS (
  SELECT person_id, org_id, 'AFFILIATED_WITH', "from", "to" FROM affiliations
  UNION ALL SELECT intermediary_id, insurer_id, 'CONTRACTED_WITH', "from", "to" FROM contracts
  UNION ALL SELECT id, insurer_id, 'ISSUED_BY', NULL::date, NULL::date FROM policies
  UNION ALL SELECT holder_id, id, 'HOLDS', NULL, NULL FROM policies
  UNION ALL SELECT coalesce(insured_id, holder_id), id, 'INSURED_BY', NULL, NULL FROM policies
  UNION ALL SELECT id, agent_id, 'SOLD_BY', NULL, NULL FROM policies WHERE agent_id IS NOT NULL
  UNION ALL SELECT id, intermediary_id, 'VIA', NULL, NULL FROM policies WHERE intermediary_id IS NOT NULL
  UNION ALL SELECT id, policy_id, 'ON_POLICY', NULL, NULL FROM claims
  UNION ALL SELECT claimant_id, id, 'FILED', NULL, NULL FROM claims
  UNION ALL SELECT party_id, claim_id, 'PARTY_TO', NULL, NULL FROM claim_parties
  UNION ALL SELECT id, adjuster_id, 'ADJUSTED_BY', NULL, NULL FROM claims WHERE adjuster_id IS NOT NULL
  UNION ALL SELECT id, provider_id, 'SERVICED_BY', NULL, NULL FROM claims WHERE provider_id IS NOT NULL
  UNION ALL SELECT entity_id, identifier_id, 'HAS_IDENTIFIER', NULL, NULL FROM identifier_link
  UNION ALL SELECT id, subject_id, 'AGAINST', NULL, NULL FROM sanctions
  UNION ALL SELECT id, subject_id, 'ABOUT', NULL, NULL FROM records
)
SELECT a, b, type, "from", "to" FROM rel
UNION ALL
SELECT b, a, type, "from", "to" FROM rel;
CREATE INDEX edge_a ON edge (a) INCLUDE (b, "from", "to");

ANALYZE;
