package com.seatbooking.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of a show's bookings, how many match in all, and where the next page starts if there is one. */
public record ShowBookingsPage(List<ShowBooking> bookings, long total, Optional<BookingCursor> next) {

    public ShowBookingsPage {
        bookings = List.copyOf(bookings);
        Objects.requireNonNull(next, "next");
    }
}
