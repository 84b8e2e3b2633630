package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;

public interface ConfirmBookingUseCase {

    /** Confirms a live hold; confirming a CONFIRMED booking again changes nothing. */
    Booking confirm(BookingId bookingId);
}
