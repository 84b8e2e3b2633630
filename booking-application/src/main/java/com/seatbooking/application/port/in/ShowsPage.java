package com.seatbooking.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of shows with their seat counts, and where the next page starts if there is one. */
public record ShowsPage(List<ShowSummary> shows, Optional<ShowCursor> next) {

    public ShowsPage {
        shows = List.copyOf(shows);
        Objects.requireNonNull(next, "next");
    }
}
