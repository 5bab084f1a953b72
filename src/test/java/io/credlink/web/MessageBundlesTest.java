package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer's message bundles: every area exists in both languages with the same keys. */
class MessageBundlesTest {

    private static final Path ROOT = Path.of("src/main/resources/static/i18n");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyKeyExistsInBothLanguagesWithText() throws IOException {
        Map<String, Map<String, String>> english = bundles("en");
        Map<String, Map<String, String>> chinese = bundles("zh-CN");
        assertThat(english).as("areas").isNotEmpty();
        assertThat(chinese.keySet()).as("areas in zh-CN and en").isEqualTo(english.keySet());
        for (String area : english.keySet()) {
            assertThat(new TreeSet<>(chinese.get(area).keySet())).as("keys of %s in zh-CN against en", area)
                    .isEqualTo(new TreeSet<>(english.get(area).keySet()));
            for (var lang : Map.of("en", english, "zh-CN", chinese).entrySet()) {
                lang.getValue().get(area).forEach((key, text) -> {
                    assertThat(text).as("%s %s", lang.getKey(), key).isNotBlank();
                    assertThat(key).as("%s: keys start with their area", key)
                            .matches(k -> k.startsWith(area + ".") || area.equals("enums") && k.startsWith("enum."));
                });
            }
        }
    }

    private static Map<String, Map<String, String>> bundles(String lang) throws IOException {
        Map<String, Map<String, String>> areas = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(lang))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                Map<String, String> texts = new TreeMap<>();
                node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
                areas.put(file.getFileName().toString().replace(".json", ""), texts);
            }
        }
        return areas;
    }
}
