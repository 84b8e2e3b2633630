package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import java.util.Objects;

/**
 * A booking as its readers see it: with the username of the account it belongs to (null only for
 * bookings made before there were accounts).
 */
public record BookingDetails(Booking booking, Username owner) {

    public BookingDetails {
        Objects.requireNonNull(booking, "booking");
    }
}
