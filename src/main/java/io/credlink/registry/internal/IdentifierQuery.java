package io.credlink.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifier ids ("<KIND>:<normalised value>") a search text may denote, normalised like the
 * import normalises stored values (DATA-CONTRACT.md): PHONE digits only without a leading
 * country code 86; EMAIL trimmed and lower-cased; BANK_ACCOUNT letters and digits, upper-cased;
 * ADDRESS trimmed, inner whitespace collapsed, upper-cased; DEVICE trimmed. A search may be
 * looser than an import, so an ambiguous phone yields both readings.
 */
final class IdentifierQuery {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ().\\-]+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private IdentifierQuery() {
    }

    static List<String> candidateIds(String query) {
        String text = query.strip();
        Set<String> ids = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return List.of();
        }
        if (PHONE_LIKE.matcher(text).matches()) {
            String digits = NON_DIGIT.matcher(text).replaceAll("");
            if (digits.length() >= 3) {
                if (digits.startsWith("0086")) {
                    ids.add("PHONE:" + digits.substring(4));
                } else if (digits.startsWith("86") && (text.startsWith("+") || digits.length() > 11)) {
                    ids.add("PHONE:" + digits.substring(2));
                }
                ids.add("PHONE:" + digits);
            }
        }
        if (text.contains("@")) {
            ids.add("EMAIL:" + text.toLowerCase(Locale.ROOT));
        }
        String alnum = NON_ALNUM.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (!alnum.isEmpty()) {
            ids.add("BANK_ACCOUNT:" + alnum);
        }
        ids.add("ADDRESS:" + WHITESPACE.matcher(text).replaceAll(" ").toUpperCase(Locale.ROOT));
        ids.add("DEVICE:" + text);
        return List.copyOf(ids);
    }
}
