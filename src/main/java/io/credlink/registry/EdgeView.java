package io.credlink.registry;

import java.util.Map;

/**
 * A relationship between two entities, in its stored direction.
 *
 * @param source     business id of the start node
 * @param target     business id of the end node
 * @param type       relationship type, e.g. AFFILIATED_WITH
 * @param properties its properties (dates as ISO strings), empty when it has none
 */
public record EdgeView(String source, String target, String type, Map<String, Object> properties) {
}
