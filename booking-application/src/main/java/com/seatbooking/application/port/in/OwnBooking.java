package com.seatbooking.application.port.in;

import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.show.Show;
import java.util.Objects;

/** One of the actor's bookings, with the show it is for. */
public record OwnBooking(Booking booking, Show show) {

    public OwnBooking {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(show, "show");
        if (!booking.showId().equals(show.id())) {
            throw new IllegalArgumentException("booking " + booking.id() + " is not for show " + show.id());
        }
    }
}
