// Schema V011: Spring Modulith's event publications, stored in the graph by the graph module's
// repository (one node per event and listener until the listener has finished).
CREATE CONSTRAINT event_publication_id IF NOT EXISTS FOR (n:EventPublication) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_publication_listener IF NOT EXISTS FOR (n:EventPublication) ON (n.listenerId);
