package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.util.Objects;

/** A show's whole seat map as of {@code version}: every change up to that version is in it. */
public record SeatMapSnapshot(Show show, SeatMap seatMap, long version) {

    public SeatMapSnapshot {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(seatMap, "seatMap");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative: " + version);
        }
    }
}
