package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;

public interface CancelBookingUseCase {

    /**
     * Cancels a live hold or a confirmed booking and frees its seats; cancelling again changes
     * nothing.
     */
    Booking cancel(BookingId bookingId);
}
