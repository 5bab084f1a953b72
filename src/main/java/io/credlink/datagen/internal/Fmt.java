package io.credlink.datagen.internal;

import java.time.LocalDate;
import java.util.Locale;

/** Formatting of ids, dates, amounts and identifier values, cheap enough for millions of rows. */
final class Fmt {

    private Fmt() {
    }

    private static final int FIRST_DAY = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    private static final String[] DATES = new String[366 * 70];

    static {
        for (int i = 0; i < DATES.length; i++) {
            DATES[i] = LocalDate.ofEpochDay(FIRST_DAY + i).toString();
        }
    }

    /** Open end of a time window. */
    static final int OPEN = Integer.MAX_VALUE;

    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    static String date(int epochDay) {
        return epochDay == OPEN ? null : DATES[epochDay - FIRST_DAY];
    }

    static int year(int epochDay) {
        return Integer.parseInt(DATES[epochDay - FIRST_DAY].substring(0, 4));
    }

    static String id(String prefix, long n, int width) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(prefix.length() + width);
        sb.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    static String digits(long n, int width) {
        return id("", n, width);
    }

    /** Amount in cents as a decimal with a dot. */
    static String money(long cents) {
        long abs = Math.abs(cents);
        String frac = Long.toString(abs % 100);
        return (cents < 0 ? "-" : "") + (abs / 100) + "." + (frac.length() == 1 ? "0" + frac : frac);
    }

    /**
     * A bijection of [0, modulus) for a power of ten up to 10^12: distinct counters give distinct,
     * scattered-looking numbers (multiplier coprime to 10, so invertible).
     */
    static long scatter(long counter, long modulus) {
        long m = (long) (0.6180339887 * modulus) | 1;
        if (m % 5 == 0) {
            m += 2;
        }
        long c = (long) (0.3819660113 * modulus);
        // (counter * m) mod modulus without overflow: split counter into high and low 10^6 parts
        long x = Math.floorMod(counter, modulus);
        long hi = x / 1_000_000L;
        long lo = x % 1_000_000L;
        long r = Math.floorMod(Math.floorMod(hi * (m % modulus), modulus) * 1_000_000L, modulus);
        r = Math.floorMod(r + Math.floorMod(lo * m, modulus), modulus);
        return Math.floorMod(r + c, modulus);
    }

    // ---- identifier values: written in mixed forms, normalised as DATA-CONTRACT.md says ----

    private static final char[] MOBILE_SECOND = {'3', '5', '7', '8', '9'};

    /** Normalised mobile number for a global phone counter (unique per counter). */
    static String phone(long counter) {
        long s = scatter(counter, 1_000_000_000L);
        return "1" + MOBILE_SECOND[(int) (s % MOBILE_SECOND.length)] + digits(s, 9);
    }

    static String phoneWritten(String norm, int style) {
        switch (style) {
            case 1:
                return "+86 " + norm.substring(0, 3) + "-" + norm.substring(3, 7) + "-" + norm.substring(7);
            case 2:
                return norm.substring(0, 3) + " " + norm.substring(3, 7) + " " + norm.substring(7);
            case 3:
                return "+86" + norm;
            default:
                return norm;
        }
    }

    static String bankAccount(long counter) {
        return "6222" + digits(scatter(counter, 1_000_000_000_000L), 12) + digits(counter % 997, 3);
    }

    static String bankWritten(String norm, int style) {
        if (style == 0) {
            return norm;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < norm.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(norm, i, Math.min(norm.length(), i + 4));
        }
        return sb.toString();
    }

    static String email(String localPart, long counter, int domain) {
        String[] domains = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com"};
        return localPart.replace("'", "") + "." + Long.toString(counter, 36) + "@" + domains[domain % domains.length];
    }

    static String emailWritten(String norm, int style) {
        if (style == 1) {
            return norm.toUpperCase(Locale.ROOT);
        }
        if (style == 2) {
            return " " + Character.toUpperCase(norm.charAt(0)) + norm.substring(1) + " ";
        }
        return norm;
    }

    static String device(long counter) {
        return "860" + digits(scatter(counter, 1_000_000_000_000L), 12);
    }

    /** Normalised address (trimmed, single spaces, upper case): unique per counter. */
    static String address(long counter, String[] place, int districtPick, String road) {
        long p = scatter(counter, 1_000_000_000L);
        return place[1].equals(place[2])
            ? place[2] + place[3 + districtPick] + road + (p / 1_000_000 + 1) + "号 " + (p / 1000 % 1000 + 1) + "栋 "
                + (p % 1000 + 1) + "室"
            : place[1] + place[2] + place[3 + districtPick] + road + (p / 1_000_000 + 1) + "号 " + (p / 1000 % 1000 + 1)
                + "栋 " + (p % 1000 + 1) + "室";
    }

    static String addressWritten(String norm, int style) {
        if (style == 1) {
            return "  " + norm.replace(" ", "  ");
        }
        if (style == 2) {
            return norm + " ";
        }
        return norm;
    }
}
