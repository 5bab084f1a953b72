package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer's texts in one language, read from its message bundles, for the browser tests to compare pages with. */
final class Messages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The areas' texts in the language ({@code en} or {@code zh-CN}). */
    static Messages of(String language, String... areas) {
        return new Messages(language, read(language, areas));
    }

    static Map<String, String> read(String language, String... areas) {
        Map<String, String> out = new HashMap<>();
        for (String area : areas) {
            try {
                JsonNode n = JSON.readTree(Files.readString(LanguagePages.BUNDLES.resolve(language).resolve(area + ".json")));
                n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The text of the key with its {@code {name}} placeholders filled: name, value, name, value… */
    static String format(Map<String, String> texts, String key, Object... params) {
        String text = texts.get(key);
        assertThat(text).as("message " + key).isNotNull();
        for (int i = 0; i + 1 < params.length; i += 2) {
            text = text.replace("{" + params[i] + "}", String.valueOf(params[i + 1]));
        }
        return text;
    }

    String get(String key, Object... params) {
        return format(texts, key, params);
    }

    /**
     * A regular expression of the key's text: the placeholders named in params with those values,
     * the others (a date, a count not compared) any text.
     */
    String pattern(String key, Object... params) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            values.put(String.valueOf(params[i]), String.valueOf(params[i + 1]));
        }
        Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(get(key));
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(get(key).substring(last, m.start())));
            out.append(values.containsKey(m.group(1)) ? Pattern.quote(values.get(m.group(1))) : ".+?");
            last = m.end();
        }
        return out.append(Pattern.quote(get(key).substring(last))).toString();
    }

    /**
     * A text the API answers in this language (messages.properties, messages_zh_CN.properties), such
     * as a problem's detail a page shows next to a field, with its {@code {0}} arguments filled.
     */
    String api(String key, Object... args) {
        String name = chinese() ? "messages_zh_CN.properties" : "messages.properties";
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bundle.getProperty(key);
        assertThat(text).as("API message " + key + " in " + name).isNotNull();
        return new MessageFormat(text, chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(args);
    }

    String label(String type, String value) {
        return get("enum." + type + "." + value);
    }

    boolean chinese() {
        return language.equals("zh-CN");
    }
}
