package com.seatbooking.application.port.in;

import java.util.List;

public interface ListShowsUseCase {

    /** Every show, soonest first, with its seat counts. */
    List<ShowSummary> listShows();
}
