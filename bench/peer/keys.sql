-- After COPY: primary keys, the indexes the questions' joins and filters need, the derived
-- tables, then ANALYZE. Derived tables:
--   party            every party id with its type (the five party files), for type tests;
--   identifier_link  a party and the identifier node it links to, the value normalised as the
--                    import does (DATA-CONTRACT.md), id '<KIND>:<value>' as in the graph;
--   edge             the adjacency list of the whole graph, both directions: every relationship
--                    of DESIGN.md "The graph" between two domain nodes, with its from/to window,
--                    so that neighbourhoods and paths are one indexed join per hop;
--   walk_degree, walk_edge  the credit model's exposure walk: each node's degree, and the
--                    links it follows with the neighbour's degree (below);
--   ring_link        the fraud ring linkage: party pairs and their summed link weight (below).
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

-- walk_edge: the links the credit model's exposure walk follows (every relationship between
-- domain nodes but AGAINST and ABOUT, no time window), one row per neighbour and direction, with
-- the neighbour's degree: the number of such relationships it has, counted as the graph stores
-- them (the import keeps one affiliation per person, organisation, role and start, one contract
-- per intermediary, insurer and start, one claim party per party, claim and role; a holder who is
-- also the insured has two). The walk divides a node's mass by its degree, so each step is one
-- index-only lookup.
CREATE TABLE walk_degree AS
  WITH rel (a, b) AS (
    SELECT person_id, org_id FROM (SELECT DISTINCT person_id, org_id, role, "from" FROM affiliations) x
    UNION ALL SELECT intermediary_id, insurer_id FROM (SELECT DISTINCT intermediary_id, insurer_id, "from" FROM contracts) x
    UNION ALL SELECT id, insurer_id FROM policies
    UNION ALL SELECT holder_id, id FROM policies
    UNION ALL SELECT coalesce(insured_id, holder_id), id FROM policies
    UNION ALL SELECT id, agent_id FROM policies WHERE agent_id IS NOT NULL
    UNION ALL SELECT id, intermediary_id FROM policies WHERE intermediary_id IS NOT NULL
    UNION ALL SELECT id, policy_id FROM claims
    UNION ALL SELECT claimant_id, id FROM claims
    UNION ALL SELECT party_id, claim_id FROM (SELECT DISTINCT party_id, claim_id, role FROM claim_parties) x
    UNION ALL SELECT id, adjuster_id FROM claims WHERE adjuster_id IS NOT NULL
    UNION ALL SELECT id, provider_id FROM claims WHERE provider_id IS NOT NULL
    UNION ALL SELECT entity_id, identifier_id FROM identifier_link
  )
  SELECT id, count(*)::int AS degree FROM (SELECT a AS id FROM rel UNION ALL SELECT b FROM rel) x GROUP BY id;
ALTER TABLE walk_degree ADD PRIMARY KEY (id);
CREATE TABLE walk_edge AS
  SELECT DISTINCT e.a, e.b, d.degree AS b_degree
  FROM edge e JOIN walk_degree d ON d.id = e.b
  WHERE e.type NOT IN ('AGAINST', 'ABOUT');
CREATE INDEX walk_edge_a ON walk_edge (a) INCLUDE (b, b_degree);
-- FRAUD claims start exposure from their claimant and claim parties
CREATE INDEX claims_fraud_claimant ON claims (claimant_id) INCLUDE (incident_date) WHERE status = 'FRAUD';

-- Ring candidate groups (docs/fraud.md "Rings"), as a function: the linkage summed per party pair,
-- links below the minimum weight dropped, connected groups by union-find over the kept links
-- (what a recursive CTE does in time quadratic in a group's size), and the groups whose members
-- filed at least min_claims claims. Parties are numbered by id for the union-find arrays.
-- Linkage: two parties are linked by each identifier they share, identifier_weight / (h - 1) for
-- an identifier of h holders (none above max_identifier_holders), and by each claim on which both
-- appear as claimant or claim party, 1 / (n - 1) for the claim's n such people, leaving out people
-- with more than max_party_claims FILED and PARTY_TO relationships (busy lawyers).
-- Columns: party_id, group_id (its smallest member), group_size, group_filed.
CREATE FUNCTION ring_candidate_groups(identifier_weight float8, max_identifier_holders int, max_party_claims int,
    min_link_weight float8, min_claims int)
RETURNS TABLE (party_id text, group_id text, group_size int, group_filed bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  ids text[];
  src int[];
  dst int[];
  parent int[];
  x int;
  y int;
BEGIN
  WITH holders AS (
    SELECT identifier_id, count(*) AS h FROM identifier_link GROUP BY identifier_id
    HAVING count(*) BETWEEN 2 AND max_identifier_holders
  ),
  claim_link AS (
    SELECT claimant_id AS party, id AS claim FROM claims
    UNION ALL SELECT party_id, claim_id FROM (SELECT DISTINCT party_id, claim_id, role FROM claim_parties) cp
  ),
  busy AS (
    SELECT party FROM claim_link GROUP BY party HAVING count(*) > max_party_claims
  ),
  people AS (
    SELECT DISTINCT claim, party FROM claim_link WHERE party NOT IN (SELECT party FROM busy)
  ),
  claim_size AS (
    SELECT claim, count(*) AS n FROM people GROUP BY claim HAVING count(*) >= 2
  ),
  pair (a, b, w) AS (
    SELECT l1.entity_id, l2.entity_id, identifier_weight / (hs.h - 1)
    FROM holders hs
    JOIN identifier_link l1 ON l1.identifier_id = hs.identifier_id
    JOIN identifier_link l2 ON l2.identifier_id = hs.identifier_id AND l1.entity_id < l2.entity_id
    UNION ALL
    SELECT p1.party, p2.party, 1.0::float8 / (cs.n - 1)
    FROM claim_size cs
    JOIN people p1 ON p1.claim = cs.claim
    JOIN people p2 ON p2.claim = cs.claim AND p1.party < p2.party
  ),
  kept AS (
    SELECT a, b FROM pair GROUP BY a, b HAVING sum(w) >= min_link_weight
  ),
  node AS (
    SELECT id, (row_number() OVER (ORDER BY id))::int AS k FROM (SELECT a AS id FROM kept UNION SELECT b FROM kept) n
  )
  SELECT (SELECT array_agg(id ORDER BY k) FROM node),
         array_agg(na.k ORDER BY na.k, nb.k), array_agg(nb.k ORDER BY na.k, nb.k)
  INTO ids, src, dst
  FROM kept JOIN node na ON na.id = kept.a JOIN node nb ON nb.id = kept.b;
  IF ids IS NULL THEN
    RETURN;
  END IF;
  parent := array(SELECT generate_series(1, cardinality(ids)));
  FOR i IN 1 .. cardinality(src) LOOP
    x := src[i];
    WHILE parent[x] <> x LOOP
      parent[x] := parent[parent[x]];
      x := parent[x];
    END LOOP;
    y := dst[i];
    WHILE parent[y] <> y LOOP
      parent[y] := parent[parent[y]];
      y := parent[y];
    END LOOP;
    IF x < y THEN
      parent[y] := x;
    ELSIF y < x THEN
      parent[x] := y;
    END IF;
  END LOOP;
  FOR i IN 1 .. cardinality(ids) LOOP
    x := i;
    WHILE parent[x] <> x LOOP
      x := parent[x];
    END LOOP;
    parent[i] := x;
  END LOOP;
  RETURN QUERY
  WITH member AS (
    SELECT m.id, ids[m.root] AS root FROM unnest(ids, parent) AS m(id, root)
  ),
  grp AS (
    SELECT m.root, count(*)::int AS size, sum(coalesce(f.filed, 0))::bigint AS filed
    FROM member m
    LEFT JOIN (SELECT claimant_id, count(*) AS filed FROM claims GROUP BY claimant_id) f ON f.claimant_id = m.id
    GROUP BY m.root
  )
  SELECT m.id, m.root, g.size, g.filed
  FROM member m JOIN grp g ON g.root = m.root
  WHERE g.filed >= min_claims
  ORDER BY m.root, m.id;
END
$$;

ANALYZE;
