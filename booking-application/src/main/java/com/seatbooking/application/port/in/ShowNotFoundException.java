package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

public final class ShowNotFoundException extends RuntimeException {

    public ShowNotFoundException(ShowId showId) {
        super("There is no show with id " + showId);
    }
}
