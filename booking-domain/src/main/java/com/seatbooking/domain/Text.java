package com.seatbooking.domain;

/** Checks shared by the domain's text values. */
public final class Text {

    private Text() {
    }

    /** Trims {@code raw} and checks its length and that it holds no control characters. */
    public static String requireTrimmed(String property, String raw, int maxLength) {
        if (raw == null) {
            throw new InvariantViolation(property, "is required");
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvariantViolation(property, "must not be blank");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxLength) {
            throw new InvariantViolation(property, "must be at most " + maxLength + " characters, got " + length);
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvariantViolation(property, "must not contain control characters");
        }
        return trimmed;
    }
}
