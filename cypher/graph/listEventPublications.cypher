// Stored (incomplete) publications, oldest first: all, those published before $before, or
// those in one status.
// Parameters: $before (DATETIME or null), $status (text or null), $limit (INTEGER, -1 = all).
// Columns: id, listenerId, eventType, serializedEvent, publicationDate, status,
//   completionAttempts, lastResubmissionDate.
// Listeners complete (delete) publications while this reads them: a node another transaction
// deleted reads with some or all of its properties missing, so each is read once, into a map,
// and dropped unless every property the answer needs is there.
MATCH (e:EventPublication)
WITH e {.*} AS e
WHERE e.id IS NOT NULL AND e.listenerId IS NOT NULL AND e.eventType IS NOT NULL
  AND e.serializedEvent IS NOT NULL AND e.publicationDate IS NOT NULL AND e.status IS NOT NULL
  AND ($before IS NULL OR e.publicationDate < $before)
  AND ($status IS NULL OR e.status = $status)
WITH e
ORDER BY e.publicationDate, e.id
LIMIT CASE WHEN $limit < 0 THEN 9223372036854775807 ELSE $limit END
RETURN e.id AS id,
       e.listenerId AS listenerId,
       e.eventType AS eventType,
       e.serializedEvent AS serializedEvent,
       e.publicationDate AS publicationDate,
       e.status AS status,
       e.completionAttempts AS completionAttempts,
       e.lastResubmissionDate AS lastResubmissionDate
