package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.List;
import java.util.Objects;

/**
 * The command of {@link BookSeatsUseCase} and {@link HoldSeatsUseCase}: these seats of this show, for
 * this attendee, booked by this actor (who will own the booking). Seat numbers are sorted and
 * checked for duplicates here; whether the show has them, and the per-booking cap, are checked by
 * the service.
 */
public record BookSeatsCommand(Actor actor, ShowId showId, UserName userName, SeatNumbers seats) {

    public BookSeatsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(seats, "seats");
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a command names at least one seat");
        }
    }

    /**
     * Validates raw input, reporting every problem at once. Without a {@code userName} the seats are
     * for the actor, under its display name.
     */
    public static BookSeatsCommand of(Actor actor, String showId, String userName, List<Integer> seats) {
        Violations violations = new Violations();
        ShowId show = violations.check(() -> ShowId.parse(showId));
        String attendee = userName == null && actor.isSignedIn() ? actor.displayName().value() : userName;
        UserName user = violations.check(() -> new UserName(attendee));
        SeatNumbers seatNumbers = violations.check(() -> SeatNumbers.requested(seats));
        violations.throwIfAny();
        return new BookSeatsCommand(actor, show, user, seatNumbers);
    }
}
