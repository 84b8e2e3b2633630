package com.seatbooking.domain.account;

/**
 * A password as stored: the output of a one-way password hash (such as bcrypt), opaque to the
 * domain. Never printed.
 */
public record PasswordHash(String value) {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a password hash is not blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
