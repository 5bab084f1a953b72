package io.credlink.datagen.internal;

/**
 * Check characters of the two national identity codes the generator writes: the resident id
 * number (GB 11643-1999, 18 characters, ISO 7064 MOD 11-2) and the unified social credit code
 * (GB 32100-2015, 18 characters, MOD 31, with a GB 11714 organisation code at positions 9-17).
 */
final class Codes {

    private Codes() {
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** The check character of the first 17 digits of an 18-digit id number. */
    static char idCheck(CharSequence body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** The 15-digit form of an 18-digit id number (before 1999): no century digits, no check character. */
    static String legacyId(String id18) {
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    /** Characters of a unified social credit code (no I, O, Z, S, V). */
    static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** The check character of the first 17 characters of a unified social credit code. */
    static char creditCheck(CharSequence body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** The check character of an 8-character organisation code body (GB 11714: letters count from A = 10). */
    static char orgCheck(CharSequence body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * A valid unified social credit code: registration authority 9 (market regulation), type 1
     * (enterprise), the region, an organisation code with its own check character, the check character.
     * {@code draws} are 8 characters of {@link #CREDIT_CHARS}.
     */
    static String creditCode(String region, CharSequence draws) {
        StringBuilder sb = new StringBuilder(18).append("91").append(region).append(draws, 0, 8);
        sb.append(orgCheck(sb.subSequence(8, 16)));
        return sb.append(creditCheck(sb)).toString();
    }
}
