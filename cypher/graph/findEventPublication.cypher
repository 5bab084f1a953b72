// The stored publication of an event (by its serialized form) to a listener.
// Parameters: $listenerId, $serializedEvent.
// Columns: id, listenerId, eventType, serializedEvent, publicationDate, status,
//   completionAttempts, lastResubmissionDate.
MATCH (e:EventPublication {listenerId: $listenerId})
WHERE e.serializedEvent = $serializedEvent
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
