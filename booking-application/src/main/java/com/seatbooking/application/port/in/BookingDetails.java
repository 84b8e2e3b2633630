package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.HoldRules;
import java.time.Instant;
import java.util.Objects;

/**
 * A booking as its readers see it: with the username of the account it belongs to (null only for
 * bookings made before there were accounts), and the rules its hold is extended by.
 */
public record BookingDetails(Booking booking, Username owner, HoldRules holdRules) {

    public BookingDetails {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(holdRules, "holdRules");
    }

    /** How many more times the hold may be extended; null unless the booking is PENDING. */
    public Integer extensionsLeft() {
        return booking.status() == BookingStatus.PENDING ? booking.extensionsLeft(holdRules) : null;
    }

    /** The latest a hold can last, however often it is extended; null unless the booking is PENDING. */
    public Instant holdLifetimeEndsAt() {
        return booking.status() == BookingStatus.PENDING ? holdRules.lifetimeEndsAt(booking.createdAt()) : null;
    }
}
