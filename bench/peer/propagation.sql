-- One sanction's propagation on a day by the default rules R1–R4 (docs/sanctions.md), walked
-- forwards from the sanctioned party: every party reached, with rule, measure, hops and path (per
-- rule the shortest path, then the smallest). Nothing when the sanction is not a blacklisting one
-- or not in force on the day. R3 continues from R1's persons to their other organisations.
-- Parameters: 1 sanction id (text), 2 day (date).
-- Columns: entity_id, rule, measure, hops, path (text[]).
WITH q AS (SELECT ?::text AS id, ?::date AS d),
s AS (
  SELECT s.*, p.type AS subject_type FROM sanctions s JOIN party p ON p.id = s.subject_id, q
  WHERE s.id = q.id AND s.blacklist
    AND s.effective_from <= q.d AND (s.effective_to IS NULL OR q.d <= s.effective_to)
),
r1 AS (
  SELECT DISTINCT a.person_id AS entity_id, 'R1' AS rule, 'OFFICE_BAN' AS measure, 1 AS hops,
         ARRAY[s.subject_id, a.person_id] AS path
  FROM s JOIN affiliations a ON a.org_id = s.subject_id AND a.role IN ('EXECUTIVE', 'LEGAL_REPRESENTATIVE')
  WHERE s.subject_type IN ('Insurer', 'Intermediary')
    AND a."from" <= s.decided_on AND (a."to" IS NULL OR s.decided_on <= a."to")
),
r2 AS (
  SELECT DISTINCT a.org_id, 'R2', 'ENHANCED_SUPERVISION', 1, ARRAY[s.subject_id, a.org_id]
  FROM s JOIN affiliations a ON a.person_id = s.subject_id, q
  WHERE s.subject_type = 'Practitioner'
    AND a."from" <= q.d AND (a."to" IS NULL OR q.d <= a."to")
),
r3 AS (
  SELECT a.org_id, 'R3', 'ENHANCED_SUPERVISION', 2, r1.path || a.org_id
  FROM r1 JOIN affiliations a ON a.person_id = r1.entity_id AND a.role IN ('EXECUTIVE', 'LEGAL_REPRESENTATIVE'), s, q
  WHERE a.org_id <> s.subject_id
    AND a."from" <= q.d AND (a."to" IS NULL OR q.d <= a."to")
),
r4 AS (
  SELECT c.entity_id, 'R4', 'REVIEW', 2, ARRAY[s.subject_id, mine.identifier_id, c.entity_id]
  FROM s
  JOIN identifier_link mine ON mine.entity_id = s.subject_id AND mine.kind IN ('PHONE', 'BANK_ACCOUNT')
  CROSS JOIN LATERAL (
    SELECT l.entity_id FROM identifier_link l JOIN consumers lc ON lc.id = l.entity_id
    WHERE l.identifier_id = mine.identifier_id
    ORDER BY l.entity_id LIMIT 200
  ) c
  WHERE s.subject_type = 'Consumer' AND c.entity_id <> s.subject_id
),
reached AS (
  SELECT * FROM r1 UNION ALL SELECT * FROM r2 UNION ALL SELECT * FROM r3 UNION ALL SELECT * FROM r4
)
SELECT DISTINCT ON (rule, entity_id) entity_id, rule, measure, hops, path
FROM reached
ORDER BY rule, entity_id, hops, path;
