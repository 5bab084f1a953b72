package io.credlink.access.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an answer may disclose about parties, whatever the endpoint and however it names them:
 * every string of the body (JSON values and keys, CSV cells, the tokens of any other text) is a
 * candidate, and so is every run of ASCII letters, digits, {@code -} and {@code _} inside it (an id
 * quoted in an evidence text or a path). The audit write keeps the candidates that are party ids
 * and records an entry for each ({@code access/appendAuditEntries}, inside the group commit, so
 * the look-up costs no round trip of its own). So a search hit, a node of a network or path, a row
 * of a list, an alert's member or a check's exposure all count, with no list of field names to
 * keep up to date. Strings that cannot be ids (blank, with white space, longer than
 * {@value #MAX_ID_LENGTH} characters, dates) are left out.
 */
final class DisclosedParties {

    /** Ids are short; a longer string is a text, not an id. */
    private static final int MAX_ID_LENGTH = 200;
    /** Bounds the look-up of one answer (a 500-node network has a few thousand strings). */
    private static final int MAX_CANDIDATES = 100_000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern TEXT_SEPARATORS = Pattern.compile("[\\s\"'`<>{}\\[\\](),;=]+");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_-]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DisclosedParties() {
    }

    /** The candidates of an answer body, except those in {@code known} (the ids the call named). */
    static Set<String> candidates(byte[] body, String contentType, Set<String> known) {
        if (body.length == 0) {
            return Set.of();
        }
        Set<String> candidates = candidates(body, contentType);
        candidates.removeAll(known);
        return candidates;
    }

    static Set<String> candidates(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (type.startsWith("application/json") || type.contains("+json")) {
            if (fromJson(body, out)) {
                return out;
            }
        } else if (type.startsWith("text/csv")) {
            if (fromCsv(new String(body, StandardCharsets.UTF_8), out)) {
                return out;
            }
        }
        // any other format (or a body its type does not parse as): every token of the text
        for (String token : TEXT_SEPARATORS.split(new String(body, StandardCharsets.UTF_8))) {
            add(out, token);
        }
        return out;
    }

    /** False when the body is not JSON after all (what was read so far stays in {@code out}). */
    private static boolean fromJson(byte[] body, Set<String> out) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    add(out, parser.getString());
                } else if (t == JsonToken.PROPERTY_NAME) {
                    add(out, parser.currentName());
                }
            }
            return true;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static boolean fromCsv(String text, Set<String> out) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord row : parser) {
                row.forEach(cell -> add(out, cell));
            }
            return true;
        } catch (IOException | RuntimeException notCsv) {
            return false;
        }
    }

    private static void add(Set<String> out, String s) {
        if (s == null || out.size() >= MAX_CANDIDATES) {
            return;
        }
        String v = s.strip();
        if (v.isEmpty()) {
            return;
        }
        if (v.length() <= MAX_ID_LENGTH && !hasWhitespace(v) && !DATE.matcher(v).matches()) {
            out.add(v);
        }
        Matcher run = RUN.matcher(v);
        while (run.find() && out.size() < MAX_CANDIDATES) {
            String token = run.group();
            if (token.length() <= MAX_ID_LENGTH && (token.length() != v.length()) && !DATE.matcher(token).matches()) {
                out.add(token);
            }
        }
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
