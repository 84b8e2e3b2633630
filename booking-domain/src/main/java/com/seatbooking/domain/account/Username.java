package com.seatbooking.domain.account;

import com.seatbooking.domain.InvariantViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an account signs in with: 3 to 64 of the characters A-Z, a-z, 0-9, dot, underscore and
 * hyphen, kept as the person typed it. Two usernames that differ only in case are the same
 * username: {@code Alice} and {@code alice} cannot both exist, and either signs in.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    public Username {
        if (value == null || value.isEmpty()) {
            throw new InvariantViolation("username", "is required");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvariantViolation("username", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, got " + value.length());
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvariantViolation("username", "may only contain letters A-Z and a-z, digits, '.', '_' and '-'");
        }
    }

    /** Whether {@code raw} would make a valid username, without saying why not. */
    public static boolean isValid(String raw) {
        return raw != null && raw.length() >= MIN_LENGTH && raw.length() <= MAX_LENGTH && ALLOWED.matcher(raw).matches();
    }

    /** What uniqueness is decided on: the username in lower case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Equal when they differ at most in case. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Username other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
