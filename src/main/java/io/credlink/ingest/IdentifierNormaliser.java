package io.credlink.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form of identifier values (DATA-CONTRACT.md): two parties are linked by an
 * identifier exactly when their values normalise to the same string. Search uses the same rules.
 */
public final class IdentifierNormaliser {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private IdentifierNormaliser() {
    }

    /** Identifier kinds of the contract. */
    public enum Kind { PHONE, ADDRESS, BANK_ACCOUNT, EMAIL, DEVICE }

    /** The normal form of {@code raw} for {@code kind}; empty when nothing is left. */
    public static String normalise(Kind kind, String raw) {
        if (raw == null) {
            return "";
        }
        return switch (kind) {
            case PHONE -> phone(raw);
            case EMAIL -> raw.strip().toLowerCase(Locale.ROOT);
            case BANK_ACCOUNT -> NOT_ALNUM.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
            case ADDRESS -> WHITESPACE.matcher(raw.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
            case DEVICE -> raw.strip();
        };
    }

    /** The node id of an identifier: {@code <KIND>:<normalised value>}. */
    public static String identifierId(Kind kind, String normalisedValue) {
        return kind.name() + ":" + normalisedValue;
    }

    /**
     * Digits only, without the country code 86. The code is recognised as "+86", "0086", or a
     * leading 86 in front of an 11-digit mainland mobile number; a bare local number that happens
     * to start with 86 keeps its digits.
     */
    static String phone(String raw) {
        String trimmed = raw.strip();
        String digits = NOT_DIGIT.matcher(trimmed).replaceAll("");
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        if (digits.startsWith("86") && (trimmed.startsWith("+") || digits.length() == 13)) {
            return digits.substring(2);
        }
        return digits;
    }
}
