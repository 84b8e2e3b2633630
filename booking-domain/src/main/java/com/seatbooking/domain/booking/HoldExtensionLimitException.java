package com.seatbooking.domain.booking;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.DomainException;
import java.time.Instant;

/** A hold that may not be extended any further: it used all its extensions, or already lasts until its lifetime cap. */
public final class HoldExtensionLimitException extends DomainException {

    private final BookingId bookingId;
    private final Instant expiresAt;

    public HoldExtensionLimitException(BookingId bookingId, String why, Instant expiresAt) {
        super("The hold " + bookingId + " cannot be extended: " + why + "; it expires at " + expiresAt);
        this.bookingId = bookingId;
        this.expiresAt = expiresAt;
    }

    public BookingId bookingId() {
        return bookingId;
    }

    /** The hold's deadline, unchanged. */
    public Instant expiresAt() {
        return expiresAt;
    }
}
