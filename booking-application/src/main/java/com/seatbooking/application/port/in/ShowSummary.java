package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;
import java.util.Objects;

/**
 * A show with how many of its seats are taken right now, and how many one customer may hold or book
 * (its own limit, or the default).
 */
public record ShowSummary(Show show, int reservedCount, int maxSeatsPerCustomer) {

    public ShowSummary {
        Objects.requireNonNull(show, "show");
        Show.requireSeatLimit(maxSeatsPerCustomer);
        if (reservedCount < 0 || reservedCount > show.totalSeats()) {
            throw new IllegalArgumentException("reserved " + reservedCount + " of " + show.totalSeats() + " seats");
        }
    }
}
