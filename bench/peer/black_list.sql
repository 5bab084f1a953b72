-- The black list on a day: every party with a blacklisting sanction in force against it, with its
-- gravest, then latest (effective_from), then smallest-id such sanction; ordered by party id.
-- Parameters: 1 day (date).
-- Columns: party_id, sanction_id.
WITH q AS (SELECT ?::date AS d)
SELECT DISTINCT ON (s.subject_id) s.subject_id AS party_id, s.id AS sanction_id
FROM sanctions s, q
WHERE s.blacklist AND s.effective_from <= q.d AND (s.effective_to IS NULL OR q.d <= s.effective_to)
ORDER BY s.subject_id, s.severity DESC, s.effective_from DESC, s.id;
