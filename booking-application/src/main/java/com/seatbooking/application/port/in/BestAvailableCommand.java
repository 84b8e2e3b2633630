package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.venue.BestAvailable;
import java.util.Objects;

/**
 * The command of {@link BookBestAvailableUseCase}: the best {@code request.quantity()} free seats of
 * this show, booked outright or held, for this attendee, by this actor (who will own the booking).
 * Whether the show has the section asked for, and the per-booking cap, are checked by the service.
 */
public record BestAvailableCommand(Actor actor, ShowId showId, UserName userName, BestAvailable request, boolean hold) {

    public BestAvailableCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(request, "request");
    }

    /** Validates raw input, reporting every problem at once. Without a {@code userName} the seats are for the actor. */
    public static BestAvailableCommand of(Actor actor, String showId, String userName, Integer quantity, String section, Boolean together,
            boolean hold) {
        Violations violations = new Violations();
        ShowId show = violations.check(() -> ShowId.parse(showId));
        String attendee = userName == null && actor.isSignedIn() ? actor.displayName().value() : userName;
        UserName user = violations.check(() -> new UserName(attendee));
        BestAvailable request = null;
        if (quantity == null) {
            violations.add("quantity", "is required");
        } else {
            request = violations.check(() -> new BestAvailable(quantity, section, Boolean.TRUE.equals(together)));
        }
        violations.throwIfAny();
        return new BestAvailableCommand(actor, show, user, request, hold);
    }
}
