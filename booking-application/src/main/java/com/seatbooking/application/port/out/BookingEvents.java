package com.seatbooking.application.port.out;

import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.SeatLimitReachedException;

/** Told of every status a booking enters, after it is committed (metrics, notifications). */
public interface BookingEvents {

    /** {@code booking} has just entered the status of its last history entry (an extended hold: stays PENDING). */
    void statusChanged(Booking booking);

    /** A booking or hold was refused because it would pass the customer's seat limit; nothing was stored. */
    default void seatLimitReached(SeatLimitReachedException refusal) {
    }

    BookingEvents NONE = booking -> { };
}
