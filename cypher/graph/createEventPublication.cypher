// Stores a module event's publication to one listener (Spring Modulith's event publication
// registry), in the transaction that publishes the event, so the two commit together.
// Parameters: $id (UUID text), $listenerId, $eventType (class name), $serializedEvent (JSON),
//   $publicationDate (DATETIME). Columns: id.
CREATE (e:EventPublication {id: $id})
SET e.listenerId = $listenerId,
    e.eventType = $eventType,
    e.serializedEvent = $serializedEvent,
    e.publicationDate = $publicationDate,
    e.status = 'PUBLISHED',
    e.completionAttempts = 0
RETURN e.id AS id
