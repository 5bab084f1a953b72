package io.credlink.resolution.internal;

import java.util.Locale;

/**
 * A unified social credit code per GB 32100-2015: 18 characters of the alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z), the last a MOD 31 check character.
 *
 * @param cleaned upper case without spaces
 * @param valid   length, alphabet and check character right
 * @param problem why not, null when valid
 */
public record CreditCode(String cleaned, boolean valid, String problem) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The standard form, null for a blank value. */
    public static CreditCode parse(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replaceAll("[\\s\\-\u3000]", "").toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() != 18) {
            return new CreditCode(cleaned, false, "has " + cleaned.length() + " characters, not 18");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(cleaned.charAt(i)) < 0) {
                return new CreditCode(cleaned, false, "character " + (i + 1) + " is outside the code's alphabet");
            }
        }
        if (checkCharacter(cleaned.substring(0, 17)) != cleaned.charAt(17)) {
            return new CreditCode(cleaned, false, "wrong check character");
        }
        return new CreditCode(cleaned, true, null);
    }

    /** Whether a written value looks like a credit code rather than a resident id number. */
    public static boolean looksLikeCreditCode(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.replaceAll("[\\s\\-\u3000]", "").toUpperCase(Locale.ROOT);
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The MOD 31 check character of the first 17 characters (all of the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
