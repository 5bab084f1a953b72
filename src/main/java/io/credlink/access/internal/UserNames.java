package io.credlink.access.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one comparison of user names: a name is stored as given, but two names are the same user
 * when their canonical forms are equal (Unicode NFKC, then lower case in {@link Locale#ROOT}). The
 * user look-up, the uniqueness constraint ({@code nameKey}, schema V011), the lockout, the rate
 * limit and the credential cache all key by this form, so {@code Alice} and {@code alice} are one
 * account everywhere and one cannot lock the other out.
 */
public final class UserNames {

    private UserNames() {
    }

    /** The canonical form of a user name (null stays null). */
    public static String canonical(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
