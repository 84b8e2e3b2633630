package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

public interface GetShowUseCase {

    /** A show with its seat map; throws {@link ShowNotFoundException}. */
    ShowDetails getShow(ShowId showId);
}
