package io.credlink.registry;

import java.util.Map;

/**
 * One entity of the graph.
 *
 * @param id            business id
 * @param type          domain label (Insurer, Intermediary, Practitioner, Consumer, Provider, Policy,
 *                      Claim, Identifier, Sanction, CreditRecord)
 * @param label         short readable label (the name for parties)
 * @param properties    the node's properties except id, dates as ISO strings
 * @param credit        score and grade, null while no credit lookup is available or it has none
 * @param relationships how many relationships of each type link it to other entities
 * @param resolvedId    the resolved entity of a party (its own id while alone or before any
 *                      resolution run), null for other entities
 */
public record EntityView(String id, String type, String label, Map<String, Object> properties, CreditSummary credit,
        Map<String, Long> relationships, String resolvedId) {
}
