package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingId;
import com.seatbooking.domain.booking.StatusChange;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.ShowId;
import java.util.List;

final class BookingMapper {

    private BookingMapper() {
    }

    static BookingEntity toEntity(Booking booking) {
        BookingEntity entity = new BookingEntity();
        entity.id = booking.id().value();
        entity.showId = booking.showId().value();
        entity.userName = booking.userName().value();
        entity.seats = booking.seats().toArray();
        entity.createdAt = booking.createdAt();
        entity.expiresAt = booking.expiresAt();
        entity.conflictingSeats = booking.conflictingSeats().toArray();
        apply(booking, entity);
        return entity;
    }

    /** Copies what may change (status and history) onto a managed entity; history only grows. */
    static void apply(Booking booking, BookingEntity entity) {
        entity.status = booking.status();
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
