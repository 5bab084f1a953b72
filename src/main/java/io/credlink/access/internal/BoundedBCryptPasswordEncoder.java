package io.credlink.access.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt refuses passwords over 72 bytes with an exception; at sign-in such a password is
 * simply wrong (401), not a server error.
 */
final class BoundedBCryptPasswordEncoder implements PasswordEncoder {

    static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt;

    BoundedBCryptPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null
                || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }
}
