package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;

public final class BookingNotFoundException extends RuntimeException {

    public BookingNotFoundException(BookingId bookingId) {
        super("There is no booking with id " + bookingId);
    }
}
