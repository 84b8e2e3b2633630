package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.List;
import java.util.Objects;

/**
 * The command of {@link BookSeatsUseCase} and {@link HoldSeatsUseCase}: these seats of this show, for
 * this user. Seat numbers are sorted and checked for duplicates here; whether the show has them,
 * and the per-booking cap, are checked by the service.
 */
public record BookSeatsCommand(ShowId showId, UserName userName, SeatNumbers seats) {

    public BookSeatsCommand {
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(seats, "seats");
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a command names at least one seat");
        }
    }

    /** Validates raw input, reporting every problem at once. */
    public static BookSeatsCommand of(String showId, String userName, List<Integer> seats) {
        Violations violations = new Violations();
        ShowId show = violations.check(() -> ShowId.parse(showId));
        UserName user = violations.check(() -> new UserName(userName));
        SeatNumbers seatNumbers = violations.check(() -> SeatNumbers.requested(seats));
        violations.throwIfAny();
        return new BookSeatsCommand(show, user, seatNumbers);
    }
}
