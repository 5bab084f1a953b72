package io.credlink.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.credlink.ingest.IdentifierNormaliser;
import io.credlink.ingest.IdentifierNormaliser.Kind;

/**
 * The identifier ids ("<KIND>:<normalised value>") a search text may denote, normalised by the
 * import's own {@link IdentifierNormaliser} so that search and stored values agree. A search may
 * be looser than an import, so a phone-like text also yields its plain digits.
 */
final class IdentifierQuery {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ().\\-]+");

    private IdentifierQuery() {
    }

    static List<String> candidateIds(String query) {
        String text = query.strip();
        Set<String> ids = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return List.of();
        }
        if (PHONE_LIKE.matcher(text).matches()) {
            String digits = text.replaceAll("\\D", "");
            if (digits.length() >= 3) {
                ids.add(id(Kind.PHONE, text));
                ids.add(IdentifierNormaliser.identifierId(Kind.PHONE, digits));
            }
        }
        if (text.contains("@")) {
            ids.add(id(Kind.EMAIL, text));
        }
        if (!IdentifierNormaliser.normalise(Kind.BANK_ACCOUNT, text).isEmpty()) {
            ids.add(id(Kind.BANK_ACCOUNT, text));
        }
        ids.add(id(Kind.ADDRESS, text));
        ids.add(id(Kind.DEVICE, text));
        return List.copyOf(ids);
    }

    private static String id(Kind kind, String text) {
        return IdentifierNormaliser.identifierId(kind, IdentifierNormaliser.normalise(kind, text));
    }
}
