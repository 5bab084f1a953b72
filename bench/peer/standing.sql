-- The sanctions in force on a party on a day (any kind), for the restrictions answer's
-- activeSanctions and blacklisted, and whether the party exists.
-- Parameters: 1 party id (text), 2 day (date).
-- Columns: found (boolean), sanction_id (null when none), blacklist.
WITH q AS (SELECT ?::text AS id, ?::date AS d)
SELECT (SELECT count(*) > 0 FROM party p WHERE p.id = q.id) AS found, s.id AS sanction_id, s.blacklist
FROM q
LEFT JOIN sanctions s ON s.subject_id = q.id AND s.effective_from <= q.d
  AND (s.effective_to IS NULL OR q.d <= s.effective_to)
ORDER BY s.id;
