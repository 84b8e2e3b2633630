package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.util.Objects;

/** A show, its seat map right now, and the most seats one booking may take. */
public record ShowDetails(Show show, SeatMap seatMap, int maxSeatsPerBooking) {

    public ShowDetails {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(seatMap, "seatMap");
    }
}
