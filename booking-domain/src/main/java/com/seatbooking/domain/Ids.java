package com.seatbooking.domain;

import java.util.UUID;

/** Parsing of the UUIDs that identify aggregates. */
public final class Ids {

    private Ids() {
    }

    /** Parses the canonical 8-4-4-4-12 form only; {@link UUID#fromString} also accepts shorter groups. */
    public static UUID parse(String property, String raw) {
        if (raw == null || raw.length() != 36) {
            throw malformed(property, raw);
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw malformed(property, raw);
        }
    }

    private static InvariantViolation malformed(String property, String raw) {
        String shown = raw == null ? "null" : raw.length() > 64 ? raw.substring(0, 64) + "..." : raw;
        return new InvariantViolation(property, "'" + shown + "' is not a valid id (a UUID such as 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a)");
    }
}
