package com.seatbooking.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of the actor's bookings, newest first, and where the next page starts if there is one. */
public record MyBookingsPage(List<OwnBooking> bookings, Optional<BookingCursor> next) {

    public MyBookingsPage {
        bookings = List.copyOf(bookings);
        Objects.requireNonNull(next, "next");
    }
}
