package com.seatbooking.domain.booking;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.DomainException;

/** A status change the booking's life cycle does not allow, such as confirming a cancelled booking. */
public final class IllegalBookingTransitionException extends DomainException {

    private final BookingId bookingId;
    private final BookingStatus current;

    public IllegalBookingTransitionException(BookingId bookingId, BookingStatus current, BookingStatus target) {
        super("Booking " + bookingId + " is " + current + " and cannot become " + target);
        this.bookingId = bookingId;
        this.current = current;
    }

    /** The same conflict, said in the words of the verb that was refused. */
    public IllegalBookingTransitionException(BookingId bookingId, BookingStatus current, String message) {
        super(message);
        this.bookingId = bookingId;
        this.current = current;
    }

    public BookingId bookingId() {
        return bookingId;
    }

    public BookingStatus current() {
        return current;
    }
}
