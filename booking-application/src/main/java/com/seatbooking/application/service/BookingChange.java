package com.seatbooking.application.service;

import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.domain.booking.Booking;

/** A booking after a verb, and whether the verb changed it (repeating a confirm or cancel does not). */
record BookingChange(Booking booking, boolean changed) {

    static BookingChange none(Booking booking) {
        return new BookingChange(booking, false);
    }

    static BookingChange to(Booking booking) {
        return new BookingChange(booking, true);
    }

    /** Call after the unit of work committed. */
    Booking publishTo(BookingEvents events) {
        if (changed) {
            events.statusChanged(booking);
        }
        return booking;
    }
}
