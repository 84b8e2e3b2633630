package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.Objects;

/**
 * Seats of a show whose state changed, each with its state as last read: {@code reserved} are taken
 * now, {@code released} are free now. {@code version} is the seat map's version this change brings
 * it to; versions only grow, so a follower ignores a change whose version it already has.
 */
public record SeatMapChange(ShowId showId, long version, SeatNumbers reserved, SeatNumbers released) {

    public SeatMapChange {
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(released, "released");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative: " + version);
        }
        if (reserved.stream().anyMatch(released::contains)) {
            throw new IllegalArgumentException("a seat is either reserved or released, not both: " + reserved + " / " + released);
        }
    }
}
