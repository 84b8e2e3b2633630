package com.seatbooking.application.port.in;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Instant;
import java.util.Objects;

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
        return new KeysetCursor(startTime, id.value()).encode();
    }

    /** Reads what {@link #encode} wrote; anything else is an {@link InvariantViolation} of {@code cursor}. */
    public static ShowCursor parse(String raw) {
        KeysetCursor cursor = KeysetCursor.parse(raw);
        return new ShowCursor(cursor.at(), new ShowId(cursor.id()));
    }
}
