package io.credlink.access;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data as the access module recognises it in responses, and the mask it applies
 * (docs/security.md, "Masking"). Other modules follow the naming rule: a JSON property or CSV
 * column that carries an id number or an identifier value is named one of {@link #FIELDS}
 * (any case, with or without underscores), and an Identifier is referred to by its id
 * {@code KIND:value}. The response filter of this module then masks it for INSURER and SUBJECT
 * users wherever it appears, without the module doing anything else.
 */
public final class Pii {

    /** Field names whose string values are personal data of the entity the enclosing object is about. */
    public static final Set<String> FIELDS = Set.of("idnumber", "value", "identifiervalue", "phone", "email",
            "address", "bankaccount", "device");

    /** Field names that say which entity an object is about, in order of precedence. */
    public static final java.util.List<String> OWNER_FIELDS = java.util.List.of("id", "entityid", "partyid",
            "subjectid");

    /** Identifier kinds of DATA-CONTRACT.md; an Identifier's id is {@code KIND:normalised value}. */
    public static final Set<String> IDENTIFIER_KINDS = Set.of("PHONE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "DEVICE");

    private static final Pattern IDENTIFIER_ID = Pattern.compile("(PHONE|ADDRESS|BANK_ACCOUNT|EMAIL|DEVICE):(.+)",
            Pattern.DOTALL);
    private static final Pattern EMBEDDED_ID = Pattern.compile(
            "\\b(PHONE|ADDRESS|BANK_ACCOUNT|EMAIL|DEVICE):([^\\s,;\"'\\]\\)\\}]+)");

    private Pii() {
    }

    /** The normalised form of a field name used against {@link #FIELDS}: lower case, no underscores or dashes. */
    public static String normalise(String fieldName) {
        return fieldName.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Whether a JSON property or CSV column of this name carries personal data. */
    public static boolean isPiiField(String fieldName) {
        return FIELDS.contains(normalise(fieldName));
    }

    /** Whether the whole string is an Identifier id ({@code PHONE:13800138000}). */
    public static boolean isIdentifierId(String s) {
        return s != null && IDENTIFIER_ID.matcher(s).matches();
    }

    /**
     * Masks a value keeping a few leading and trailing characters: 18 characters keep 4 and 4
     * ({@code 6301**********1234}), 10 to 15 keep 3 and 3, 6 to 9 keep 2 and 2, 3 to 5 keep 1
     * and 1, shorter ones become stars. An Identifier id keeps its kind:
     * {@code PHONE:138*****000}. Masking is idempotent in length: the result is as long as the input.
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        Matcher id = IDENTIFIER_ID.matcher(value);
        if (id.matches()) {
            return id.group(1) + ":" + maskPlain(id.group(2));
        }
        return maskPlain(value);
    }

    /** Masks every Identifier id inside a longer text, e.g. evidence written in words. */
    public static String maskEmbeddedIdentifiers(String text, java.util.function.Predicate<String> visible) {
        if (text == null || text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = EMBEDDED_ID.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String whole = m.group();
            if (visible.test(whole)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(m.group(1)).append(':').append(maskPlain(m.group(2)));
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Every Identifier id inside a text (for visibility look-ups). */
    public static java.util.List<String> embeddedIdentifiers(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return java.util.List.of();
        }
        if (isIdentifierId(text)) {
            return java.util.List.of(text);
        }
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher m = EMBEDDED_ID.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String maskPlain(String s) {
        int n = s.codePointCount(0, s.length());
        int keep = n >= 16 ? 4 : n >= 10 ? 3 : n >= 6 ? 2 : n >= 3 ? 1 : 0;
        int[] cps = s.codePoints().toArray();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < n; i++) {
            if (i < keep || i >= n - keep) {
                b.appendCodePoint(cps[i]);
            } else {
                b.append('*');
            }
        }
        return b.toString();
    }
}
