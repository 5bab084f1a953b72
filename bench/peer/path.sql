-- The length of the shortest path between two entities, at most 4 hops, on a day: relationships
-- in either direction (time-bounded ones only when their window covers the day), as GET /paths
-- answers `length`. Meet in the middle: every node within 2 hops of each end with its distance;
-- the shortest path is the smallest sum over the nodes both reach (any path of at most 4 hops has
-- a node at most 2 hops from each end). No row when there is none.
-- Parameters: 1 from id (text), 2 to id (text), 3 day (date).
-- Columns: length.
WITH q AS (SELECT ?::text AS a, ?::text AS b, ?::date AS d),
a1 AS (
  SELECT DISTINCT e.b AS id FROM q JOIN edge e ON e.a = q.a
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to")
),
a2 AS (
  SELECT DISTINCT e.b AS id FROM a1 JOIN edge e ON e.a = a1.id, q
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to")
),
b1 AS (
  SELECT DISTINCT e.b AS id FROM q JOIN edge e ON e.a = q.b
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to")
),
b2 AS (
  SELECT DISTINCT e.b AS id FROM b1 JOIN edge e ON e.a = b1.id, q
  WHERE (e."from" IS NULL OR e."from" <= q.d) AND (e."to" IS NULL OR q.d <= e."to")
),
da AS (
  SELECT id, min(dist) AS dist FROM (
    SELECT q.a AS id, 0 AS dist FROM q UNION ALL SELECT id, 1 FROM a1 UNION ALL SELECT id, 2 FROM a2
  ) x GROUP BY id
),
db AS (
  SELECT id, min(dist) AS dist FROM (
    SELECT q.b AS id, 0 AS dist FROM q UNION ALL SELECT id, 1 FROM b1 UNION ALL SELECT id, 2 FROM b2
  ) x GROUP BY id
)
SELECT min(da.dist + db.dist) AS length
FROM da JOIN db ON da.id = db.id
HAVING min(da.dist + db.dist) IS NOT NULL;
