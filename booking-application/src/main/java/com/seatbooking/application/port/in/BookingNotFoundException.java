package com.seatbooking.application.port.in;

import com.seatbooking.domain.booking.BookingId;

public final class BookingNotFoundException extends RuntimeException {

    private final BookingId bookingId;

    public BookingNotFoundException(BookingId bookingId) {
        super("There is no booking with id " + bookingId);
        this.bookingId = bookingId;
    }

    public BookingId bookingId() {
        return bookingId;
    }
}
