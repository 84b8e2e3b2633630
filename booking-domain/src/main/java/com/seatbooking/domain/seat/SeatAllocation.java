package com.seatbooking.domain.seat;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import java.time.Instant;
import java.util.Objects;

/**
 * Some seats of one show, allocated to one booking. An allocation with a deadline is a hold: once the
 * deadline has passed it no longer blocks its seats, whether or not anyone has cleaned it up yet.
 * Invariant (kept by the repository, and by a unique constraint in the database): at any moment a
 * seat of a show belongs to at most one active allocation.
 *
 * @param expiresAt the hold's deadline, or null for a firm (confirmed) allocation
 */
public record SeatAllocation(ShowId showId, BookingId bookingId, SeatNumbers seats, Instant expiresAt) {

    public SeatAllocation {
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(seats, "seats");
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("an allocation takes at least one seat");
        }
    }

    public static SeatAllocation firm(ShowId showId, BookingId bookingId, SeatNumbers seats) {
        return new SeatAllocation(showId, bookingId, seats, null);
    }

    public static SeatAllocation hold(ShowId showId, BookingId bookingId, SeatNumbers seats, Instant expiresAt) {
        return new SeatAllocation(showId, bookingId, seats, Objects.requireNonNull(expiresAt, "expiresAt"));
    }

    /** Whether this allocation still blocks its seats at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    /** The same allocation made firm, as when its hold is confirmed. */
    public SeatAllocation madeFirm() {
        return firm(showId, bookingId, seats);
    }
}
