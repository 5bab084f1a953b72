package io.credlink.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data as the access module recognises it in responses, and the one mask it applies
 * to it in every form (docs/security.md, "Masking"). Other modules follow the naming rule: a
 * JSON property or CSV column that carries an id number or an identifier value is named one of
 * {@link #FIELDS} (any case, with or without underscores), and an Identifier is referred to by
 * its id {@code KIND:value}. The response filter of this module then masks it for INSURER and
 * SUBJECT users wherever it appears, without the module doing anything else.
 * <p>
 * One value, one mask: the value {@code v} of an Identifier shows as {@link #mask(String)
 * mask(v)} as a property, {@code KIND:mask(v)} as an id (alone or inside a text) and
 * {@code KIND mask(v)} as a label, so that no two forms together reveal more than one does.
 */
public final class Pii {

    /** Field names whose string values are personal data of the entity the enclosing object is about. */
    public static final Set<String> FIELDS = Set.of("idnumber", "value", "identifiervalue", "phone", "email",
            "address", "bankaccount", "device");

    /** Field names that say which entity an object is about, in order of precedence. */
    public static final List<String> OWNER_FIELDS = List.of("id", "entityid", "partyid", "subjectid");

    /** Identifier kinds of DATA-CONTRACT.md; an Identifier's id is {@code KIND:normalised value}. */
    public static final Set<String> IDENTIFIER_KINDS = Set.of("PHONE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "DEVICE");

    private static final String KINDS = "PHONE|ADDRESS|BANK_ACCOUNT|EMAIL|DEVICE";
    /**
     * A string that is one Identifier id as a whole: the value of a phone, account or e-mail has
     * no space, an address or device value may have some; neither holds another {@code KIND:} id
     * (such a string is a text with ids in it).
     */
    private static final Pattern IDENTIFIER_ID = Pattern.compile("(?:(PHONE|BANK_ACCOUNT|EMAIL):(\\S+)"
            + "|(ADDRESS|DEVICE):((?:(?!\\b(?:" + KINDS + "):).)+))", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("(" + KINDS + ") (.+)", Pattern.DOTALL);

    /** Characters that end a word of an Identifier value inside a text. */
    private static final String END = "\\s,;\"'\\]\\)\\}";

    /**
     * An Identifier id inside a longer text. Its value runs to the next space or separator; an
     * address (normal form: upper case, single spaces: {@code ADDRESS:天津市河西区青年路785号 33栋 107室})
     * and a device go on over single spaces while the next word has a letter or digit and no
     * lower-case ASCII letter, so words of the surrounding text ("via", "and"), an arrow
     * {@code ->} or the next {@code KIND:} id end it. A word too many only masks more.
     */
    private static final Pattern EMBEDDED_ID = Pattern.compile("\\b(?:(PHONE|BANK_ACCOUNT|EMAIL):([^" + END + "]+)"
            + "|(ADDRESS|DEVICE):([^" + END + "]+(?: (?!(?:" + KINDS + "):)(?=[^\\s]*[\\p{L}\\p{N}])[^" + END
            + "a-z]+(?![^" + END + "]))*))");

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
     * Masks a value keeping a few leading and trailing characters: 16 characters or more keep 4
     * and 4 ({@code 6301**********1234}), 10 to 15 keep 3 and 3, 6 to 9 keep 2 and 2, 3 to 5 keep 1
     * and 1, shorter ones become stars. An Identifier id keeps its kind and masks its whole value,
     * spaces included: {@code PHONE:138*****000}. The result is as long as the input.
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        Matcher id = IDENTIFIER_ID.matcher(value);
        if (id.matches()) {
            return kindAndValue(id, Pii::maskPlain);
        }
        return maskPlain(value);
    }

    /**
     * Masks the label of an Identifier: {@code "ADDRESS 天津市河西区青年路785号 33栋 107室"} keeps its kind
     * word and masks the rest as {@link #mask(String)} masks the value; any other label is masked whole.
     */
    public static String maskLabel(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = LABEL.matcher(label);
        return m.matches() ? m.group(1) + " " + maskPlain(m.group(2)) : maskPlain(label);
    }

    /**
     * Masks the Identifier ids of a text that are not {@code visible}: the whole text when it is
     * one id (its value may have spaces), else every id inside it (e.g. evidence written in words).
     */
    public static String maskEmbeddedIdentifiers(String text, Predicate<String> visible) {
        if (text == null || text.indexOf(':') < 0) {
            return text;
        }
        if (isIdentifierId(text)) {
            return visible.test(text) ? text : mask(text);
        }
        Matcher m = EMBEDDED_ID.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (visible.test(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(kindAndValue(m, Pii::maskPlain));
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Every Identifier id of a text, as {@link #maskEmbeddedIdentifiers} finds them (for visibility look-ups). */
    public static List<String> embeddedIdentifiers(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return List.of();
        }
        if (isIdentifierId(text)) {
            return List.of(text);
        }
        List<String> found = new ArrayList<>();
        Matcher m = EMBEDDED_ID.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** {@code KIND:f(value)} of a match of {@link #IDENTIFIER_ID} or {@link #EMBEDDED_ID} (two alternatives each). */
    private static String kindAndValue(Matcher m, java.util.function.UnaryOperator<String> f) {
        String kind = m.group(1) != null ? m.group(1) : m.group(3);
        String value = m.group(1) != null ? m.group(2) : m.group(4);
        return kind + ":" + f.apply(value);
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
