package com.seatbooking.domain.account;

import com.seatbooking.domain.InvariantViolation;
import java.nio.charset.StandardCharsets;

/**
 * A new password, as chosen by a person: 10 to 128 characters, and at most 72 bytes in UTF-8
 * (bcrypt reads no further, so a longer one would be silently cut). Kept as given: spaces count.
 * Never printed.
 */
public final class Password {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MAX_BYTES = 72;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Checks the rules for a new password. */
    public static Password of(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvariantViolation("password", "is required");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            throw new InvariantViolation("password", "must be at least " + MIN_LENGTH + " characters, got " + length);
        }
        if (length > MAX_LENGTH) {
            throw new InvariantViolation("password", "must be at most " + MAX_LENGTH + " characters, got " + length);
        }
        if (bytes(raw) > MAX_BYTES) {
            throw new InvariantViolation("password", "must be at most " + MAX_BYTES
                    + " bytes in UTF-8 (accented letters and symbols take 2 to 4 each), got " + bytes(raw));
        }
        return new Password(raw);
    }

    /** Whether {@code raw} could be a password at all: too long to have been accepted at registration, it is not worth checking. */
    public static boolean isPlausible(String raw) {
        return raw != null && !raw.isEmpty() && raw.length() <= MAX_LENGTH * 2 && bytes(raw) <= MAX_BYTES;
    }

    private static int bytes(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The password itself, for the password hasher only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
