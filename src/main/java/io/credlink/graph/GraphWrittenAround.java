package io.credlink.graph;

/**
 * Data was written to the graph around the application's own writers (a test fixture, a repair
 * made with Cypher by a tool running in this process): the read models fed by the writers' events
 * cannot tell what changed, so they stop answering until rebuilt and the graph answers meanwhile.
 * Writes made by another process are seen at the models' next periodic full rebuild.
 *
 * @param reason what wrote (for the log)
 */
public record GraphWrittenAround(String reason) {
}
