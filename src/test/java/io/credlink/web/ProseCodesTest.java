package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codes the modules give their English sentences (credit factor details, explanations of a
 * propagation, notification changes) are all worded by the explorer's "prose" bundles, in both
 * languages, with the same placeholders; a code added to the code without its sentences fails here.
 */
class ProseCodesTest {

    /** A string literal that is a whole code of the prose area. */
    static final Pattern CODE = Pattern.compile("\"((?:credit\\.factor|propagation|monitoring)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Map<String, String> prose(String language) throws IOException {
        return JsonMapper.builder().build().readValue(
                Files.readString(LanguagePages.BUNDLES.resolve(language).resolve("prose.json")), new TypeReference<Map<String, String>>() {
                });
    }

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeTheServerGivesIsWordedInBothLanguages() throws IOException {
        Set<String> codes = codesInSources();
        // the three families are there: a scan that finds nothing proves nothing
        assertThat(codes).anyMatch(c -> c.startsWith("credit.factor.")).anyMatch(c -> c.startsWith("propagation."))
                .anyMatch(c -> c.startsWith("monitoring."));
        Map<String, String> en = prose("en");
        Map<String, String> zh = prose("zh-CN");
        for (String code : codes) {
            assertThat(en).as("English sentence of %s", code).containsKey("prose." + code);
            assertThat(zh).as("Chinese sentence of %s", code).containsKey("prose." + code);
        }
    }

    @Test
    void aSentenceInChineseHasNoLatinWordsAndTheSamePlaceholdersAsInEnglish() throws IOException {
        Map<String, String> en = prose("en");
        Map<String, String> zh = prose("zh-CN");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (Map.Entry<String, String> e : zh.entrySet()) {
            String words = PLACEHOLDER.matcher(e.getValue()).replaceAll("");
            assertThat(words).as("%s in Chinese", e.getKey()).doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(placeholders(e.getValue())).as("placeholders of %s", e.getKey()).isEqualTo(placeholders(en.get(e.getKey())));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
