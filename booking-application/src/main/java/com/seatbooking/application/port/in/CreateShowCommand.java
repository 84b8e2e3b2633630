package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import java.time.Instant;
import java.util.Objects;

/**
 * What it takes to create a show, and who asks (only admins may). Whether the start lies in the
 * future is checked against the clock by the service.
 */
public record CreateShowCommand(Actor actor, ShowName name, Instant startTime, int totalSeats) {

    public CreateShowCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startTime, "startTime");
        Show.requireSeatCount(totalSeats);
    }

    /** Validates raw input, reporting every problem at once. */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats) {
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
        violations.throwIfAny();
        return new CreateShowCommand(actor, showName, startTime, totalSeats);
    }
}
