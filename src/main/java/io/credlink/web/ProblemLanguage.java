package io.credlink.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Problem details in the client's language ({@code Accept-Language}: Simplified Chinese or
 * English, English by default). The English texts stay where they are made (the advice, the
 * modules' exceptions, Bean Validation); {@code messages.properties} holds each of them as a
 * pattern ({@code {0}} for the ids and names a text carries) and {@code messages_zh_CN.properties}
 * its translation. A text is translated by finding the English pattern it matches, so the modules
 * keep plain exceptions that know nothing of languages; a text without a pattern stays English.
 * Only {@code title}, {@code detail} and the field errors' {@code message} change: {@code type},
 * {@code status} and field names are the same in every language.
 */
@Component
public class ProblemLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "messages.properties";
    private static final Pattern ARG = Pattern.compile("\u0001(\\d+)\u0002");

    private final MessageSource messages;
    /** Texts without arguments (titles, most field messages), by their English text. */
    private final Map<String, String> exact = new HashMap<>();
    /** Texts with arguments, the most specific (longest literal part) first. */
    private final List<Template> templates = new ArrayList<>();

    public ProblemLanguage(MessageSource messages) {
        this.messages = messages;
        for (String key : keys()) {
            Object[] markers = new Object[10];
            for (int i = 0; i < markers.length; i++) {
                markers[i] = "\u0001" + i + "\u0002";
            }
            String english = messages.getMessage(key, markers, ENGLISH);
            if (!ARG.matcher(english).find()) {
                exact.putIfAbsent(english, key);
            } else {
                templates.add(Template.of(key, english));
            }
        }
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    /**
     * The language of an {@code Accept-Language} header: Chinese when the client prefers any
     * Chinese to English, else English (also for languages we do not have, and without header).
     */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("zh") || tag.startsWith("zh-")) {
                    return CHINESE;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read is no reason to fail the answer
        }
        return ENGLISH;
    }

    /** The problem with its title, detail and field messages in {@code locale} (the same object). */
    public ProblemDetail translate(ProblemDetail problem, Locale locale) {
        if (locale == null || locale.getLanguage().equals(ENGLISH.getLanguage())) {
            return problem;
        }
        if (problem.getTitle() != null) {
            problem.setTitle(text(problem.getTitle(), locale));
        }
        if (problem.getDetail() != null) {
            problem.setDetail(text(problem.getDetail(), locale));
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> errors) {
            List<Map<String, Object>> translated = new ArrayList<>();
            for (Object error : errors) {
                if (error instanceof Map<?, ?> map) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(String.valueOf(k),
                            "message".equals(k) && v instanceof String s ? text(s, locale) : v));
                    translated.add(copy);
                }
            }
            if (translated.size() == errors.size()) {
                problem.setProperty("errors", translated);
            }
        }
        return problem;
    }

    /** One English text in {@code locale}; its arguments are translated too when they are texts. */
    public String text(String english, Locale locale) {
        if (locale == null || locale.getLanguage().equals(ENGLISH.getLanguage())) {
            return english;
        }
        return text(english, locale, 0);
    }

    private String text(String english, Locale locale, int depth) {
        String key = exact.get(english);
        if (key != null) {
            return messages.getMessage(key, null, english, locale);
        }
        for (Template template : templates) {
            Object[] args = template.match(english);
            if (args != null) {
                for (int i = 0; i < args.length; i++) {
                    // "Parameter 'page' must be an integer.": the reason is a text of its own
                    if (args[i] instanceof String s && depth < 2) {
                        args[i] = text(s, locale, depth + 1);
                    }
                }
                return messages.getMessage(template.key(), args, english, locale);
            }
        }
        return english;
    }

    /** Whether an English text has a translation (for tests and checks). */
    public boolean knows(String english) {
        return exact.containsKey(english) || templates.stream().anyMatch(t -> t.match(english) != null);
    }

    private static List<String> keys() {
        Properties properties = new Properties();
        try (InputStream in = ProblemLanguage.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                return List.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("problem.") || k.startsWith("field."))
                .sorted().toList();
    }

    /** An English pattern with arguments as a regular expression over whole texts. */
    private record Template(String key, Pattern regex, int[] order, int literalLength, int arity) {

        static Template of(String key, String english) {
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher m = ARG.matcher(english);
            int last = 0;
            int literal = 0;
            int arity = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
                literal += m.start() - last;
                int index = Integer.parseInt(m.group(1));
                order.add(index);
                arity = Math.max(arity, index + 1);
                last = m.end();
            }
            regex.append(Pattern.quote(english.substring(last)));
            literal += english.length() - last;
            return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL),
                    order.stream().mapToInt(Integer::intValue).toArray(), literal, arity);
        }

        Object[] match(String text) {
            Matcher m = regex.matcher(text);
            if (!m.matches()) {
                return null;
            }
            Object[] args = new Object[arity];
            for (int g = 0; g < order.length; g++) {
                args[order[g]] = m.group(g + 1);
            }
            return args;
        }
    }
}
