-- Network exposure of one party on a day, as the credit model's walk computes it
-- (docs/credit-model.md "Network exposure", credit's NetworkPropagation with the default
-- credlink.credit.network settings: decay-per-hop 0.5, max-hops 3, min-mass 0.0001; source masses
-- blacklist 1.0, other sanction 0.6 × severity / 5, FRAUD claim 0.8 × 0.5^(age / 2 years)).
-- A source holding mass m passes m × 0.5 / degree to each neighbour (walk_edge: every relationship
-- but AGAINST and ABOUT, no time window); a step is taken only while that share stays at or above
-- min-mass; per source the strongest walk of at most 3 hops counts (fewest hops on a tie, as the
-- breadth-first walk keeps the first it found), and the exposure is the sum over sources other
-- than the party itself.
-- The walk runs backwards from the party: a step to a neighbour is kept while the largest source
-- mass could still arrive with at least min-mass (an upper bound: the product of the degrees on
-- the way), so hubs are never expanded. Source masses are looked up for the walk's start nodes
-- only; each walk's mass is then computed forwards from its source, in the order the Java walk
-- multiplies, so both sides produce the same floating-point numbers.
-- Parameters: 1 party id (text), 2 day (date).
-- Columns: source_id, reason, mass, hops, path (text[], from the source), exposure (the sum).
WITH RECURSIVE q AS (
  SELECT ?::text AS id, ?::date AS d, 0.5::float8 AS decay, 0.0001::float8 AS min_mass,
         1.0::float8 AS blacklist_w, 0.6::float8 AS sanction_w, 0.8::float8 AS fraud_w,
         24 * (365.2425::float8 / 12) AS half_life_days
),
-- start: the node the walk starts from; degrees: the degree of each node that passes mass on,
-- from the start; bound: the most mass the largest source could bring along it
walk (start, hops, degrees, path, bound) AS (
  SELECT w.b, 1, ARRAY[w.b_degree], ARRAY[w.b, q.id], q.blacklist_w * q.decay / w.b_degree
  FROM q JOIN walk_edge w ON w.a = q.id
  WHERE q.blacklist_w * q.decay / w.b_degree >= q.min_mass * 0.999999
  UNION
  SELECT w.b, k.hops + 1, w.b_degree || k.degrees, w.b || k.path, k.bound * q.decay / w.b_degree
  FROM walk k JOIN walk_edge w ON w.a = k.start, q
  WHERE k.hops < 3 AND w.b <> ALL (k.path) AND k.bound * q.decay / w.b_degree >= q.min_mass * 0.999999
),
starts AS (
  SELECT DISTINCT k.start AS id FROM walk k, q WHERE k.start <> q.id
),
-- a party's source mass on the day: the largest of its reasons
source AS (
  SELECT s.id, best.mass, best.reason
  FROM starts s
  CROSS JOIN LATERAL (
    SELECT r.mass, r.reason FROM (
      SELECT CASE WHEN x.blacklist THEN q.blacklist_w
                  ELSE q.sanction_w * greatest(1, least(5, x.severity)) / 5.0::float8 END AS mass,
             CASE WHEN x.blacklist THEN 'BLACKLISTED' ELSE 'SANCTIONED' END AS reason, 0 AS ord
      FROM sanctions x, q
      WHERE x.subject_id = s.id AND x.effective_from <= q.d AND (x.effective_to IS NULL OR q.d <= x.effective_to)
      UNION ALL
      SELECT q.fraud_w * CASE WHEN f.incident_date >= q.d THEN 1::float8
                              ELSE power(0.5::float8, (q.d - f.incident_date) / q.half_life_days) END,
             'FRAUD', 1
      FROM (
        SELECT c.incident_date FROM claims c WHERE c.claimant_id = s.id AND c.status = 'FRAUD'
        UNION ALL
        SELECT c.incident_date FROM claim_parties cp JOIN claims c ON c.id = cp.claim_id
        WHERE cp.party_id = s.id AND c.status = 'FRAUD'
      ) f, q
      WHERE f.incident_date <= q.d
    ) r
    ORDER BY r.mass DESC, r.ord
    LIMIT 1
  ) best
  WHERE best.mass > 0 AND EXISTS (SELECT 1 FROM party p WHERE p.id = s.id)
),
arrived AS (
  SELECT s.id AS source_id, s.reason, k.hops, k.path,
         CASE k.hops
           WHEN 1 THEN s.mass * q.decay / k.degrees[1]
           WHEN 2 THEN (s.mass * q.decay / k.degrees[1]) * q.decay / k.degrees[2]
           ELSE ((s.mass * q.decay / k.degrees[1]) * q.decay / k.degrees[2]) * q.decay / k.degrees[3]
         END AS mass
  FROM walk k JOIN source s ON s.id = k.start, q
),
strongest AS (
  SELECT DISTINCT ON (a.source_id) a.source_id, a.reason, a.mass, a.hops, a.path
  FROM arrived a, q
  WHERE a.mass >= q.min_mass
  ORDER BY a.source_id, a.mass DESC, a.hops, a.path
)
SELECT source_id, reason, mass, hops, path, sum(mass) OVER () AS exposure
FROM strongest
ORDER BY mass DESC, source_id;
