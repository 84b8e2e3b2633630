package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.StatusChange;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.List;

final class BookingMapper {

    private BookingMapper() {
    }

    /** Copies what may change (status, a hold's deadline, history) onto a managed entity; history only grows. */
    static void apply(Booking booking, BookingEntity entity) {
        entity.status = booking.status();
        entity.expiresAt = booking.expiresAt();
        entity.failureReason = booking.failureReason();
        entity.updatedAt = booking.updatedAt();
        List<StatusChange> history = booking.history();
        for (int i = entity.history.size(); i < history.size(); i++) {
            entity.history.add(toEmbeddable(history.get(i)));
        }
    }

    static Booking toDomain(BookingEntity entity) {
        return Booking.restore(
                new BookingId(entity.id),
                new ShowId(entity.showId),
                entity.ownerId == null ? null : new AccountId(entity.ownerId),
                new UserName(entity.userName),
                SeatNumbers.of(entity.seats),
                entity.createdAt,
                entity.expiresAt,
                SeatNumbers.of(entity.conflictingSeats),
                entity.history.stream().map(change -> new StatusChange(change.status, change.reason, change.at)).toList());
    }

    private static StatusChangeEmbeddable toEmbeddable(StatusChange change) {
        StatusChangeEmbeddable row = new StatusChangeEmbeddable();
        row.status = change.status();
        row.reason = change.reason();
        row.at = change.at();
        return row;
    }
}
