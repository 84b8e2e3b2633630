package com.seatbooking.application.port.in;

import com.seatbooking.domain.InvariantViolation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The wire form shared by the API's keyset cursors ({@link BookingCursor}, {@link ShowCursor}): a
 * position given by an instant and an id, as URL-safe base64 of {@code "<epoch second>.<nano>.<uuid>"}.
 */
record KeysetCursor(Instant at, UUID id) {

    String encode() {
        String plain = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encode} wrote; anything else is an {@link InvariantViolation} of {@code cursor}. */
    static KeysetCursor parse(String raw) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", -1);
            if (parts.length != 3 || parts[2].length() != 36) {
                throw invalid();
            }
            return new KeysetCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvariantViolation invalid() {
        return new InvariantViolation("cursor", "is not a cursor this API handed out; start again without one");
    }
}
