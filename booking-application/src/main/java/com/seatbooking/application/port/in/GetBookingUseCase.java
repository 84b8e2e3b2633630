package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;

public interface GetBookingUseCase {

    /** A booking as it stands now, with its history; a hold past its deadline shows as expired. */
    Booking getBooking(BookingId bookingId);
}
