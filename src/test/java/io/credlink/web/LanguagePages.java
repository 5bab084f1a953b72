package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the language tests of the explorer share: the message areas, the page check (raw enum
 * names, message keys, English texts on a Chinese page) and its verdict.
 */
final class LanguagePages {

    static final Path BUNDLES = Path.of("src/main/resources/static/i18n");

    private LanguagePages() {
    }

    /** The message areas, from the English folder ("common,enums,search,…"). */
    static String areas() {
        try (Stream<Path> files = Files.list(BUNDLES.resolve("en"))) {
            return String.join(",", files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String script(String name) {
        try (InputStream in = LanguagePages.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of one page in language ({@code en} or {@code zh-CN}), empty when it reads well. */
    static List<String> problems(String page, String language, Map<String, Object> found) {
        return problems(page, language, found, 150);
    }

    /** The same for a page that is short by design (the sign-in page), judged on at least {@code minChars} characters. */
    @SuppressWarnings("unchecked")
    static List<String> problems(String page, String language, Map<String, Object> found, int minChars) {
        List<String> out = new java.util.ArrayList<>();
        String sample = " — page text: " + found.get("sample");
        if (((Number) found.get("chars")).intValue() < minChars) {
            out.add(page + ": too little text to judge (" + found.get("chars") + " characters)" + sample);
        }
        if (!language.equals(found.get("lang"))) {
            out.add(page + ": <html lang> is " + found.get("lang") + ", not " + language);
        }
        if (!language.equals(found.get("switchValue"))) {
            out.add(page + ": the language switch shows " + found.get("switchValue") + ", not " + language);
        }
        for (Object raw : (List<Object>) found.get("rawEnums")) {
            out.add(page + ": raw enum name " + raw + sample);
        }
        for (Object key : (List<Object>) found.get("keys")) {
            out.add(page + ": message key shown instead of its text: " + key);
        }
        for (Object english : (List<Object>) found.get("english")) {
            out.add(page + ": English on the Chinese page: " + english);
        }
        for (Object prose : (List<Object>) found.getOrDefault("serverProse", List.of())) {
            out.add(page + ": the server's English on the Chinese page: " + prose);
        }
        if (language.equals("zh-CN") && ((Number) found.get("han")).intValue() < 20) {
            out.add(page + ": only " + found.get("han") + " Chinese characters" + sample);
        }
        return out;
    }

    /** The rule descriptions of the shipped rules file, in the English the server reads them. */
    static List<String> ruleDescriptions() {
        try {
            List<String> out = new java.util.ArrayList<>();
            for (org.springframework.core.env.PropertySource<?> source : new org.springframework.boot.env.YamlPropertySourceLoader()
                    .load("rules", new org.springframework.core.io.ClassPathResource("sanction-rules.yml"))) {
                for (int i = 0; source.containsProperty("rules[" + i + "].id"); i++) {
                    Object description = source.getProperty("rules[" + i + "].description");
                    if (description != null) {
                        out.add(String.valueOf(description));
                    }
                }
            }
            assertThat(out).as("rule descriptions").isNotEmpty();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English label of an enum value, as the explorer shows it (enums area of the bundles). */
    static String label(String type, String value) {
        try {
            tools.jackson.databind.JsonNode enums = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(Files.readString(BUNDLES.resolve("en/enums.json")));
            tools.jackson.databind.JsonNode label = enums.get("enum." + type + "." + value);
            assertThat(label).as("label of " + type + "." + value).isNotNull();
            return label.asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same, and in Firefox also no glyph as wide as the box of a missing one (Chromium draws
     * that box one em wide too, so there the pixels tell).
     */
    @SuppressWarnings("unchecked")
    static void assertHanRendered(String where, Map<String, Object> m, boolean firefox) {
        assertHanRendered(where, m);
        if (firefox) {
            double missing = ((Number) m.get("missingWidth")).doubleValue();
            for (Object w : (List<Object>) m.get("widths")) {
                assertThat(((Number) w).doubleValue()).as("width of a Han glyph in " + where + " unlike a missing glyph's box").isNotEqualTo(missing);
            }
        }
    }

    /** Han glyphs drawn as such: the probe of han-glyphs.js. */
    @SuppressWarnings("unchecked")
    static void assertHanRendered(String where, Map<String, Object> m) {
        assertThat((String) m.get("han")).as("Han characters in " + where).isNotEmpty();
        assertThat((String) m.get("font")).as("font of " + where).contains("Noto Sans CJK SC");
        for (Object w : (List<Object>) m.get("widths")) {
            assertThat(((Number) w).doubleValue()).as("width of a Han glyph at 100px in " + where).isBetween(95.0, 105.0);
        }
        assertThat((String) m.get("likeMissing")).as("Han characters of " + where + " drawn like a character no font has").isEmpty();
        assertThat((String) m.get("blank")).as("Han characters of " + where + " drawn as nothing").isEmpty();
        // every character its own drawing: not one box for all
        assertThat(((Number) m.get("distinct")).intValue()).as("distinct drawings in " + where)
                .isEqualTo(((String) m.get("han")).codePointCount(0, ((String) m.get("han")).length()));
    }
}
