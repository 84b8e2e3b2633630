package com.seatbooking.application.port.out;

import com.seatbooking.domain.booking.Booking;

/** Told of every status a booking enters, after it is committed (metrics, notifications). */
public interface BookingEvents {

    /** {@code booking} has just entered the status of its last history entry. */
    void statusChanged(Booking booking);

    BookingEvents NONE = booking -> { };
}
