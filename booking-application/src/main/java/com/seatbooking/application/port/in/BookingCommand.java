package com.seatbooking.application.port.in;

import com.seatbooking.domain.BookingId;
import java.util.Objects;

/**
 * The command of {@link GetBookingUseCase}, {@link ConfirmBookingUseCase} and
 * {@link CancelBookingUseCase}: this actor, this booking. Someone else's booking is not found.
 */
public record BookingCommand(Actor actor, BookingId bookingId) {

    public BookingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(bookingId, "bookingId");
    }

    /** Validates the raw id. */
    public static BookingCommand of(Actor actor, String bookingId) {
        return new BookingCommand(actor, BookingId.parse(bookingId));
    }
}
