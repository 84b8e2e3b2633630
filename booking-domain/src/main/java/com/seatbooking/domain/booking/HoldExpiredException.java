package com.seatbooking.domain.booking;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.DomainException;
import java.time.Instant;

/** A hold whose deadline has passed can no longer be confirmed or cancelled: it has already failed. */
public final class HoldExpiredException extends DomainException {

    private final BookingId bookingId;

    public HoldExpiredException(BookingId bookingId, Instant expiredAt) {
        super("The hold " + bookingId + " expired at " + expiredAt + " and its seats were released");
        this.bookingId = bookingId;
    }

    public BookingId bookingId() {
        return bookingId;
    }
}
