package com.seatbooking.application.port.in;

import com.seatbooking.domain.booking.Booking;

public interface HoldSeatsUseCase {

    /**
     * Holds seats, all or nothing, until the hold TTL passes: PENDING, or FAILED naming the seats
     * already taken.
     */
    Booking hold(BookSeatsCommand command);
}
