package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.booking.Booking;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of bookings, newest first, ended: the last booking's creation time and id (ties are
 * broken by id). Clients get it as an opaque string.
 */
public record BookingCursor(Instant createdAt, BookingId id) {

    public BookingCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static BookingCursor after(Booking booking) {
        return new BookingCursor(booking.createdAt(), booking.id());
    }

    /** Whether {@code booking} comes after this position in the order newest first, then by id. */
    public boolean precedes(Booking booking) {
        int byTime = booking.createdAt().compareTo(createdAt);
        return byTime < 0 || (byTime == 0 && compareIds(booking.id(), id) > 0);
    }

    /** The order PostgreSQL gives uuids: byte by byte, unsigned, which is their text order. */
    public static int compareIds(BookingId a, BookingId b) {
        return a.value().toString().compareTo(b.value().toString());
    }

    public String encode() {
        return new KeysetCursor(createdAt, id.value()).encode();
    }

    /** Reads what {@link #encode} wrote; anything else is an {@link InvariantViolation} of {@code cursor}. */
    public static BookingCursor parse(String raw) {
        KeysetCursor cursor = KeysetCursor.parse(raw);
        return new BookingCursor(cursor.at(), new BookingId(cursor.id()));
    }
}
