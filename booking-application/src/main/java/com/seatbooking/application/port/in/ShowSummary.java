package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;
import java.util.Objects;

/** A show with how many of its seats are taken right now. */
public record ShowSummary(Show show, int reservedCount) {

    public ShowSummary {
        Objects.requireNonNull(show, "show");
        if (reservedCount < 0 || reservedCount > show.totalSeats()) {
            throw new IllegalArgumentException("reserved " + reservedCount + " of " + show.totalSeats() + " seats");
        }
    }
}
