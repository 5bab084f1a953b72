package io.credlink.resolution.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A resident identity number standardised per GB 11643-1999: a 15-digit legacy number becomes
 * the 18-digit one (century 19 inserted, ISO 7064 MOD 11-2 check character appended), a trailing
 * {@code x} becomes {@code X}, and the check character, birth date and length are validated. An
 * invalid number is kept (as cleaned) with the reason, so that a typo can still be compared by
 * edit distance.
 *
 * @param cleaned   upper case without spaces or dashes (what was written)
 * @param canonical the 18-character form when it could be derived, else {@code cleaned}
 * @param valid     18 characters, digits with a final digit or X, a real birth date and the right check character
 * @param legacy    written as a 15-digit number
 * @param birthDate from positions 7–14 when they form a date (also for an invalid number), else null
 * @param sex       {@code M} or {@code F} from the sequence's last digit, null when unknown
 * @param region    the 6-digit administrative division code, null when not digits
 * @param problem   why it is invalid, null when valid
 */
public record IdNumber(String cleaned, String canonical, boolean valid, boolean legacy, LocalDate birthDate, String sex,
        String region, String problem) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The standard form of a written id number, null for a blank one. */
    public static IdNumber parse(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            // full-width digits and letters (NFKC would do the same for these)
            if (cp >= 0xFF10 && cp <= 0xFF19) {
                b.append((char) ('0' + cp - 0xFF10));
            } else if (cp == 0xFF38 || cp == 0xFF58) {
                b.append('X');
            } else if (!Character.isWhitespace(cp) && cp != '-' && cp != 0x3000) {
                b.appendCodePoint(cp);
            }
        });
        String cleaned = b.toString().toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() == 15 && allDigits(cleaned, 15)) {
            String seventeen = cleaned.substring(0, 6) + "19" + cleaned.substring(6);
            String canonical = seventeen + checkCharacter(seventeen);
            LocalDate birth = birthDate(canonical);
            return new IdNumber(cleaned, canonical, birth != null, true, birth, sex(canonical), cleaned.substring(0, 6),
                    birth == null ? "no such birth date" : null);
        }
        String region = cleaned.length() >= 6 && allDigits(cleaned, 6) ? cleaned.substring(0, 6) : null;
        if (cleaned.length() != 18) {
            return new IdNumber(cleaned, cleaned, false, false, null, null, region,
                    "has " + cleaned.length() + " characters, not 15 or 18");
        }
        LocalDate birth = allDigits(cleaned, 17) ? birthDate(cleaned) : null;
        String sex = allDigits(cleaned, 17) ? sex(cleaned) : null;
        String problem = null;
        if (!allDigits(cleaned, 17)) {
            problem = "has a non-digit among the first 17 characters";
        } else if (!Character.isDigit(cleaned.charAt(17)) && cleaned.charAt(17) != 'X') {
            problem = "ends with neither a digit nor X";
        } else if (birth == null) {
            problem = "no such birth date";
        } else if (checkCharacter(cleaned.substring(0, 17)) != cleaned.charAt(17)) {
            problem = "wrong check character";
        }
        return new IdNumber(cleaned, cleaned, problem == null, false, birth, sex, region, problem);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The first 17 characters of the canonical form (the blocking stem), null when shorter. */
    public String stem() {
        return canonical.length() >= 17 ? canonical.substring(0, 17) : null;
    }

    private static LocalDate birthDate(String eighteen) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(eighteen.substring(6, 10)),
                    Integer.parseInt(eighteen.substring(10, 12)), Integer.parseInt(eighteen.substring(12, 14)));
            return d.getYear() < 1850 || d.isAfter(LocalDate.now()) ? null : d;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String sex(String eighteen) {
        return (eighteen.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Every way the number a search text denotes may have been written and stored: the text, the
     * 18-character form with {@code X} and with {@code x}, and the 15-digit legacy form when the
     * person was born in the 1900s. A credit code: upper and lower case. Empty for text that is
     * neither.
     */
    public static java.util.List<String> writtenForms(String text) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        String stripped = text.strip();
        IdNumber id = parse(stripped);
        if (id != null && id.canonical().length() == 18 && id.region() != null && !CreditCode.looksLikeCreditCode(stripped)) {
            forms.add(stripped);
            String c = id.canonical();
            forms.add(c);
            forms.add(c.replace('X', 'x'));
            if (c.startsWith("19", 6) && Character.isDigit(c.charAt(14))) {
                forms.add(c.substring(0, 6) + c.substring(8, 17));
            }
            forms.add(id.cleaned());
            return java.util.List.copyOf(forms);
        }
        CreditCode code = CreditCode.parse(stripped);
        if (code != null && code.cleaned().length() == 18) {
            forms.add(stripped);
            forms.add(code.cleaned());
            forms.add(code.cleaned().toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.List.copyOf(forms);
    }
}
