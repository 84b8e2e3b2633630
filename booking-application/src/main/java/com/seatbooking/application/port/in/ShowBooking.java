package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a show's list of bookings, as stored (a hold past its deadline is PENDING until its
 * expiry is recorded).
 *
 * @param owner the username of the account that made it; null for bookings from before accounts
 */
public record ShowBooking(BookingId id, ShowId showId, Username owner, UserName userName, BookingStatus status, SeatNumbers seats,
        Instant createdAt, Instant updatedAt) {

    public ShowBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Where a page that ends with this row ends. */
    public BookingCursor cursor() {
        return new BookingCursor(createdAt, id);
    }
}
