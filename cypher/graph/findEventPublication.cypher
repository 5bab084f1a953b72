// The stored publication of an event (by its serialized form) to a listener.
// Parameters: $listenerId, $serializedEvent.
// Columns: id, listenerId, eventType, serializedEvent, publicationDate, status,
//   completionAttempts, lastResubmissionDate.
MATCH (e:EventPublication {listenerId: $listenerId})
WHERE e.serializedEvent = $serializedEvent
// read once, into a map: a publication completed meanwhile reads with no properties
WITH e {.*} AS e
WHERE e.id IS NOT NULL AND e.listenerId IS NOT NULL AND e.eventType IS NOT NULL
  AND e.serializedEvent IS NOT NULL AND e.publicationDate IS NOT NULL AND e.status IS NOT NULL
RETURN e.id AS id,
       e.listenerId AS listenerId,
       e.eventType AS eventType,
       e.serializedEvent AS serializedEvent,
       e.publicationDate AS publicationDate,
       e.status AS status,
       e.completionAttempts AS completionAttempts,
       e.lastResubmissionDate AS lastResubmissionDate
ORDER BY publicationDate
LIMIT 1
