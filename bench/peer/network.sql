-- The 2-hop neighbourhood of an entity on a day, as GET /entities/{id}/network?depth=2 draws it:
-- breadth-first over every relationship in either direction (time-bounded ones only when their
-- window covers the day), the entity first, then level 1 by id, then level 2 by id, at most 500
-- nodes with the entity (the registry's node cap keeps a level's first nodes by id).
-- Parameters: 1 entity id (text), 2 day (date).
-- Columns: id, level.
WITH q AS (SELECT ?::text AS id, ?::date AS d),
level1 AS (
  SELECT DISTINCT e.b AS id
  FROM q JOIN edge e ON e.a = q.id
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to") AND e.b <> q.id
),
level2 AS (
  SELECT DISTINCT e.b AS id
  FROM level1 l JOIN edge e ON e.a = l.id, q
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to")
    AND e.b <> q.id AND NOT EXISTS (SELECT 1 FROM level1 x WHERE x.id = e.b)
)
SELECT id, level FROM (
  SELECT q.id, 0 AS level FROM q
  UNION ALL SELECT id, 1 FROM level1
  UNION ALL SELECT id, 2 FROM level2
) n
ORDER BY level, id
LIMIT 500;
