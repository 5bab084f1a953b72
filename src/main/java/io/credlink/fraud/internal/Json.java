package io.credlink.fraud.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Evidence and factors are stored as JSON text on the fraud nodes. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, Object> readMap(String text) {
        if (text == null) {
            return Map.of();
        }
        return MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static List<Map<String, Object>> readList(String text) {
        if (text == null) {
            return List.of();
        }
        return MAPPER.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
    }
}
