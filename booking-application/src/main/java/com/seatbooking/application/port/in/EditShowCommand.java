package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import java.time.Instant;
import java.util.Objects;

/**
 * Changes to a show, each optional (null: unchanged), made only to the version the editor saw.
 *
 * @param expectedVersion the show's version the editor based the change on; null when the client
 *                        sent none (refused with {@link ShowVersionRequiredException})
 */
public record EditShowCommand(Actor actor, ShowId showId, Long expectedVersion, ShowName name, Instant startTime, Integer totalSeats) {

    public EditShowCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(showId, "showId");
        if (totalSeats != null) {
            Show.requireSeatCount(totalSeats);
        }
    }

    /** Validates raw input, reporting every problem at once. */
    public static EditShowCommand of(Actor actor, String showId, Long expectedVersion, String name, boolean nameGiven, Instant startTime,
            boolean startTimeGiven, Integer totalSeats, boolean totalSeatsGiven) {
        Violations violations = new Violations();
        ShowId id = violations.check(() -> ShowId.parse(showId));
        ShowName showName = nameGiven ? violations.check(() -> new ShowName(name)) : null;
        if (startTimeGiven && startTime == null) {
            violations.add("startTime", "must not be null");
        }
        if (totalSeatsGiven) {
            if (totalSeats == null) {
                violations.add("totalSeats", "must not be null");
            } else {
                violations.check(() -> Show.requireSeatCount(totalSeats));
            }
        }
        violations.throwIfAny();
        return new EditShowCommand(actor, id, expectedVersion, showName, startTime, totalSeats);
    }
}
