package io.credlink.registry.internal;

import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;

/** Driver values as plain JSON-ready Java: dates and times become ISO-8601 strings. */
final class GraphValues {

    private GraphValues() {
    }

    /** A node's or relationship's properties without {@code id}, keys sorted, dates as ISO strings. */
    static Map<String, Object> properties(Value map) {
        Map<String, Object> out = new TreeMap<>();
        if (map == null || map.isNull()) {
            return out;
        }
        for (String key : map.keys()) {
            if (!"id".equals(key)) {
                out.put(key, plain(map.get(key).asObject()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    static Object plain(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphValues::plain).toList();
        }
        return value;
    }
}
