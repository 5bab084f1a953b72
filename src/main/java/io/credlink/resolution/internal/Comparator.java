package io.credlink.resolution.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The comparison of two standardised parties, field by field (docs/resolution.md, "Fields and
 * levels"). Pure functions; the model turns levels into weights.
 */
public final class Comparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN_2 = new LevenshteinDistance(2);
    static final double NAME_CLOSE = 0.94;
    static final double FIRM_CLOSE = 0.95;

    private Comparator() {
    }

    /** The level of every field, indexed by {@link Field#ordinal()}. */
    public static Level[] compare(StandardParty a, StandardParty b) {
        Level[] levels = new Level[Field.ALL.length];
        levels[Field.IDENTITY.ordinal()] = identity(a, b);
        levels[Field.NAME.ordinal()] = a.firm() ? firmName(a, b) : personName(a, b);
        levels[Field.PHONE.ordinal()] = shared(a.phones(), b.phones());
        levels[Field.EMAIL.ordinal()] = shared(a.emails(), b.emails());
        levels[Field.BANK_ACCOUNT.ordinal()] = shared(a.banks(), b.banks());
        Level address = shared(a.addresses(), b.addresses());
        if (address == Level.DIFFERENT && shared(a.districts(), b.districts()) == Level.EXACT) {
            address = Level.CLOSE;
        }
        levels[Field.ADDRESS.ordinal()] = address;
        levels[Field.LICENCE.ordinal()] = a.licence() == null || b.licence() == null ? Level.MISSING
                : a.licence().equals(b.licence()) ? Level.EXACT : Level.DIFFERENT;
        return levels;
    }

    /**
     * Id numbers and credit codes: the same standard form is EXACT; two valid different ones are
     * DIFFERENT (strong evidence against); when one is invalid, a typo within two edits
     * (Damerau–Levenshtein, so a swap of neighbours is one) is CLOSE, and further off GARBLED.
     */
    static Level identity(StandardParty a, StandardParty b) {
        if (a.identity() == null || b.identity() == null) {
            return Level.MISSING;
        }
        if (a.identity().equals(b.identity())) {
            return Level.EXACT;
        }
        if (legacyCore(a.identity()) != null && legacyCore(a.identity()).equals(legacyCore(b.identity()))) {
            // the same 15-digit legacy number read with different centuries (a 15-digit number
            // carries none; some sources convert numbers of people born after 1999 anyway)
            return Level.CLOSE;
        }
        if (a.identityValid() && b.identityValid()) {
            return Level.DIFFERENT;
        }
        // an invalid number is a typing accident of unknown size: within two edits it is probably
        // the same number (CLOSE); further off it says little either way (GARBLED, weak evidence),
        // so that a typo never hides a person
        return damerauLevenshtein(a.identity(), b.identity(), 2) <= 2 ? Level.CLOSE : Level.GARBLED;
    }

    /** An 18-character id number without its century and check character (the 15-digit legacy form), else null. */
    static String legacyCore(String identity) {
        if (identity == null || identity.length() != 18) {
            return null;
        }
        return identity.substring(0, 6) + identity.substring(8, 17);
    }

    /** Same simplified name EXACT; same pinyin (王平 / Wang Ping / 汪萍) or nearly CLOSE. */
    static Level personName(StandardParty a, StandardParty b) {
        if (a.nameKey() == null || b.nameKey() == null) {
            return Level.MISSING;
        }
        if (a.nameKey().equals(b.nameKey())) {
            return Level.EXACT;
        }
        if (a.pinyinKey() != null && b.pinyinKey() != null && (a.pinyinKey().equals(b.pinyinKey())
                || JARO_WINKLER.apply(a.pinyinKey(), b.pinyinKey()) >= NAME_CLOSE)) {
            return Level.CLOSE;
        }
        return Level.DIFFERENT;
    }

    /**
     * Same full name EXACT; same core (legal form aside) or nearly CLOSE; a branch (分公司) is CLOSE
     * to the firm whose full name its name begins with, and DIFFERENT from any other firm.
     */
    static Level firmName(StandardParty a, StandardParty b) {
        if (a.nameKey() == null || b.nameKey() == null) {
            return Level.MISSING;
        }
        if (a.branch() != b.branch()) {
            // a branch reported under its head office's name and its own district (盛世医疗器械股份有限公司
            // 渝中区分公司) is CLOSE to the head office; any other firm's branch is DIFFERENT
            StandardParty branch = a.branch() ? a : b;
            StandardParty head = a.branch() ? b : a;
            return branch.nameKey().startsWith(head.nameKey()) ? Level.CLOSE : Level.DIFFERENT;
        }
        if (a.nameKey().equals(b.nameKey())) {
            return Level.EXACT;
        }
        if (a.nameCore().equals(b.nameCore()) || JARO_WINKLER.apply(a.nameCore(), b.nameCore()) >= FIRM_CLOSE) {
            return Level.CLOSE;
        }
        return Level.DIFFERENT;
    }

    /** Sets of identifier values: any shared value EXACT, none DIFFERENT, an empty side MISSING. */
    static Level shared(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return Level.MISSING;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return Level.EXACT;
                }
            }
        }
        return Level.DIFFERENT;
    }

    /** The first value both share, null when none (for term frequencies). */
    static String firstShared(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), or
     * {@code max + 1} once it is certainly above {@code max}.
     */
    public static int damerauLevenshtein(String s, String t, int max) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        // Commons Text has Levenshtein but no transpositions: use it to bound, then the OSA table
        Integer lev = LEVENSHTEIN_2.apply(s, t);
        if (lev >= 0 && lev <= 1) {
            return lev;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[n][m], max + 1);
    }
}
