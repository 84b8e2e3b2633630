package com.seatbooking.application.port.in;

import com.seatbooking.domain.booking.Booking;

public interface BookSeatsUseCase {

    /**
     * Books seats outright, all or nothing: CONFIRMED, or FAILED naming the seats already taken
     * (the failed attempt is stored too).
     */
    Booking book(BookSeatsCommand command);
}
