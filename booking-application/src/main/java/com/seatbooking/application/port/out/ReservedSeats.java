package com.seatbooking.application.port.out;

import com.seatbooking.domain.seat.SeatNumbers;
import java.util.Objects;

/** A show's reserved seats and the version of the seat map they were read at (see {@link SeatMapFeed}). */
public record ReservedSeats(SeatNumbers seats, long version) {

    public ReservedSeats {
        Objects.requireNonNull(seats, "seats");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative: " + version);
        }
    }
}
