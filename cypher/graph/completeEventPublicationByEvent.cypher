// The incomplete publication of an event to a listener, found by its serialized form, removed
// once the listener finished (the registry's fallback when it holds no identifier).
// Parameters: $listenerId, $serializedEvent. Columns: id.
MATCH (e:EventPublication {listenerId: $listenerId})
WHERE e.serializedEvent = $serializedEvent
WITH e, e.id AS id
DELETE e
RETURN id
