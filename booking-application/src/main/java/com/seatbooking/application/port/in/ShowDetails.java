package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import java.util.Objects;

/**
 * A show, its seat map right now, the most seats one booking may take, the most one customer may
 * hold or book (its own limit, or the default), how long a hold lasts, and the seat map's version
 * (the one its live events count from).
 */
public record ShowDetails(Show show, SeatMap seatMap, int maxSeatsPerBooking, int maxSeatsPerCustomer, Duration holdTtl,
        long version) {

    public ShowDetails {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(seatMap, "seatMap");
        Objects.requireNonNull(holdTtl, "holdTtl");
        Show.requireSeatLimit(maxSeatsPerCustomer);
    }
}
