-- A counterparty check of many ids at once on a day: per id asked (in the order asked), whether
-- it is a party, whether a blacklisting sanction against it is in force, and the ids of the
-- sanctions in force against it.
-- Parameters: 1 ids (text[]), 2 day (date).
-- Columns: ord, entity_id, found, blacklisted, sanction_ids (text[]).
WITH q AS (SELECT ?::text[] AS ids, ?::date AS d)
SELECT i.ord, i.id AS entity_id,
       EXISTS (SELECT 1 FROM party p WHERE p.id = i.id) AS found,
       coalesce(bool_or(s.blacklist), false) AS blacklisted,
       coalesce(array_agg(s.id ORDER BY s.id) FILTER (WHERE s.id IS NOT NULL), '{}') AS sanction_ids
FROM q
CROSS JOIN LATERAL unnest(q.ids) WITH ORDINALITY AS i(id, ord)
LEFT JOIN sanctions s ON s.subject_id = i.id AND s.effective_from <= q.d
  AND (s.effective_to IS NULL OR q.d <= s.effective_to)
GROUP BY i.ord, i.id
ORDER BY i.ord;
