-- Restrictions of one party on a day: the measures in force on it by the default rules R1–R4
-- (DESIGN.md "Joint sanctions", docs/sanctions.md), walked backwards from the party, with the
-- sanction, rule, hops and the path of ids from the sanctioned party (per sanction and rule the
-- shortest path, then the smallest). A sanction is in force on D when effective_from <= D <=
-- effective_to (open end = no end); windows of relationships include both ends. R1 reads the
-- affiliation on the sanction's decision date, R2, R3 on the day asked; R4 follows a shared PHONE
-- or BANK_ACCOUNT, among the first 200 consumers of the identifier by id (the rule's fan-out).
-- Parameters: 1 party id (text), 2 day (date).
-- Columns: sanction_id, rule, measure, hops, path (text[]).
WITH q AS (SELECT ?::text AS id, ?::date AS d),
in_force AS (
  SELECT s.* FROM sanctions s, q
  WHERE s.blacklist AND s.effective_from <= q.d AND (s.effective_to IS NULL OR q.d <= s.effective_to)
),
r1 AS (
  SELECT s.id AS sanction_id, 'R1' AS rule, 'OFFICE_BAN' AS measure, 1 AS hops, ARRAY[s.subject_id, q.id] AS path
  FROM q
  JOIN affiliations a ON a.person_id = q.id AND a.role IN ('EXECUTIVE', 'LEGAL_REPRESENTATIVE')
  JOIN in_force s ON s.subject_id = a.org_id
  WHERE a."from" <= s.decided_on AND (a."to" IS NULL OR s.decided_on <= a."to")
),
r2 AS (
  SELECT s.id, 'R2', 'ENHANCED_SUPERVISION', 1, ARRAY[s.subject_id, q.id]
  FROM q
  JOIN party o ON o.id = q.id AND o.type IN ('Insurer', 'Intermediary')
  JOIN affiliations a ON a.org_id = q.id
  JOIN party p ON p.id = a.person_id AND p.type = 'Practitioner'
  JOIN in_force s ON s.subject_id = a.person_id
  WHERE a."from" <= q.d AND (a."to" IS NULL OR q.d <= a."to")
),
r3 AS (
  SELECT s.id, 'R3', 'ENHANCED_SUPERVISION', 2, ARRAY[s.subject_id, a2.person_id, q.id]
  FROM q
  JOIN party o ON o.id = q.id AND o.type IN ('Insurer', 'Intermediary')
  JOIN affiliations a2 ON a2.org_id = q.id AND a2.role IN ('EXECUTIVE', 'LEGAL_REPRESENTATIVE')
  JOIN affiliations a1 ON a1.person_id = a2.person_id AND a1.role IN ('EXECUTIVE', 'LEGAL_REPRESENTATIVE')
  JOIN in_force s ON s.subject_id = a1.org_id
  JOIN party so ON so.id = s.subject_id AND so.type IN ('Insurer', 'Intermediary')
  WHERE a2."from" <= q.d AND (a2."to" IS NULL OR q.d <= a2."to")
    AND a1."from" <= s.decided_on AND (a1."to" IS NULL OR s.decided_on <= a1."to")
    AND a1.org_id <> q.id
),
r4 AS (
  SELECT s.id, 'R4', 'REVIEW', 2, ARRAY[s.subject_id, mine.identifier_id, q.id]
  FROM q
  JOIN consumers me ON me.id = q.id
  JOIN identifier_link mine ON mine.entity_id = q.id AND mine.kind IN ('PHONE', 'BANK_ACCOUNT')
  JOIN identifier_link other ON other.identifier_id = mine.identifier_id AND other.entity_id <> q.id
  JOIN consumers c ON c.id = other.entity_id
  JOIN in_force s ON s.subject_id = other.entity_id
  WHERE (SELECT count(*) FROM identifier_link l JOIN consumers lc ON lc.id = l.entity_id
         WHERE l.identifier_id = mine.identifier_id AND l.entity_id < q.id) < 200
),
reached AS (
  SELECT * FROM r1 UNION ALL SELECT * FROM r2 UNION ALL SELECT * FROM r3 UNION ALL SELECT * FROM r4
)
SELECT DISTINCT ON (sanction_id, rule) sanction_id, rule, measure, hops, path
FROM reached
ORDER BY sanction_id, rule, hops, path;
