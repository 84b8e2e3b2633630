package com.seatbooking.application.port.in;

import com.seatbooking.domain.booking.HoldRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the actor's bookings, newest first, where the next page starts if there is one, and the
 * rules its holds are extended by.
 */
public record MyBookingsPage(List<OwnBooking> bookings, Optional<BookingCursor> next, HoldRules holdRules) {

    public MyBookingsPage {
        bookings = List.copyOf(bookings);
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(holdRules, "holdRules");
    }
}
