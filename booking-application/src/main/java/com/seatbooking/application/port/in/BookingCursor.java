package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.booking.Booking;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

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
        String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encode} wrote; anything else is an {@link InvariantViolation} of {@code cursor}. */
    public static BookingCursor parse(String raw) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", -1);
            if (parts.length != 3 || parts[2].length() != 36) {
                throw invalid();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            return new BookingCursor(at, new BookingId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvariantViolation invalid() {
        return new InvariantViolation("cursor", "is not a cursor this API handed out; start again without one");
    }
}
