-- Repeat-claim pairs across the whole book (docs/fraud.md REPEAT_CLAIM, without entity
-- resolution): two claims on different policies for the same subject_ref, or by the same claimant
-- with the same cause, with incident dates at most 3 days apart; or the same invoice_no on two
-- claims. One row per pair and rule, the smaller claim id first.
-- Parameters: 1 most days apart (int).
-- Columns: first_id, second_id, rule.
WITH q AS (SELECT ?::int AS days)
SELECT a.id AS first_id, b.id AS second_id, 'SAME_SUBJECT' AS rule
FROM claims a JOIN claims b ON b.subject_ref = a.subject_ref AND a.id < b.id, q
WHERE a.subject_ref IS NOT NULL AND a.policy_id <> b.policy_id
  AND abs(a.incident_date - b.incident_date) <= q.days
UNION ALL
SELECT a.id, b.id, 'SAME_CLAIMANT_CAUSE'
FROM claims a JOIN claims b ON b.claimant_id = a.claimant_id AND b.cause = a.cause AND a.id < b.id, q
WHERE a.policy_id <> b.policy_id AND abs(a.incident_date - b.incident_date) <= q.days
UNION ALL
SELECT a.id, b.id, 'SAME_INVOICE'
FROM claims a JOIN claims b ON b.invoice_no = a.invoice_no AND a.id < b.id
WHERE a.invoice_no IS NOT NULL
ORDER BY 1, 2, 3;
