package com.seatbooking.application.port.in;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page of shows ended: the last show's start time and id (ties are broken by id). Clients
 * get it as an opaque string.
 */
public record ShowCursor(Instant startTime, ShowId id) {

    public ShowCursor {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(id, "id");
    }

    public static ShowCursor after(Show show) {
        return new ShowCursor(show.startTime(), show.id());
    }

    /** The order PostgreSQL gives uuids: byte by byte, unsigned, which is their text order. */
    public static int compareIds(ShowId a, ShowId b) {
        return a.value().toString().compareTo(b.value().toString());
    }

    /** Where {@code show} lies relative to this position, by start time and then id: negative before, positive after. */
    public int compareTo(Show show) {
        int byTime = show.startTime().compareTo(startTime);
        return byTime != 0 ? byTime : compareIds(show.id(), id);
    }

    public String encode() {
        String plain = startTime.getEpochSecond() + "." + startTime.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encode} wrote; anything else is an {@link InvariantViolation} of {@code cursor}. */
    public static ShowCursor parse(String raw) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", -1);
            if (parts.length != 3 || parts[2].length() != 36) {
                throw invalid();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            return new ShowCursor(at, new ShowId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvariantViolation invalid() {
        return new InvariantViolation("cursor", "is not a cursor this API handed out; start again without one");
    }
}
