package com.seatbooking.application.port.in;

import java.util.List;

public interface ListShowsUseCase {

    /** A page of shows with their seat counts (cancelled ones included: their status says so). */
    ShowsPage listShows(ListShowsQuery query);

    /** The first page of upcoming shows, soonest first. */
    default List<ShowSummary> listShows() {
        return listShows(ListShowsQuery.firstPage()).shows();
    }
}
