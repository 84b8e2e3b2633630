package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import java.time.Instant;
import java.util.Objects;

/**
 * What it takes to create a show, and who asks (only admins may). Whether the start lies in the
 * future is checked against the clock by the service.
 *
 * @param maxSeatsPerCustomer the show's own per-customer seat limit; null: the default applies
 */
public record CreateShowCommand(Actor actor, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer) {

    public CreateShowCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startTime, "startTime");
        Show.requireSeatCount(totalSeats);
        if (maxSeatsPerCustomer != null) {
            Show.requireSeatLimit(maxSeatsPerCustomer);
        }
    }

    /** Validates raw input, reporting every problem at once; the show gets the default seat limit. */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats) {
        return of(actor, name, startTime, totalSeats, null);
    }

    /** Validates raw input, reporting every problem at once. */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats, Integer maxSeatsPerCustomer) {
        Violations violations = new Violations();
        ShowName showName = violations.check(() -> new ShowName(name));
        if (startTime == null) {
            violations.add("startTime", "is required");
        }
        if (totalSeats == null) {
            violations.add("totalSeats", "is required");
        } else {
            violations.check(() -> Show.requireSeatCount(totalSeats));
        }
        if (maxSeatsPerCustomer != null) {
            violations.check(() -> Show.requireSeatLimit(maxSeatsPerCustomer));
        }
        violations.throwIfAny();
        return new CreateShowCommand(actor, showName, startTime, totalSeats, maxSeatsPerCustomer);
    }
}
