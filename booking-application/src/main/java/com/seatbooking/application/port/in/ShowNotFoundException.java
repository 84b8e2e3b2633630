package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.ShowId;

public final class ShowNotFoundException extends RuntimeException {

    private final ShowId showId;

    public ShowNotFoundException(ShowId showId) {
        super("There is no show with id " + showId);
        this.showId = showId;
    }

    public ShowId showId() {
        return showId;
    }
}
