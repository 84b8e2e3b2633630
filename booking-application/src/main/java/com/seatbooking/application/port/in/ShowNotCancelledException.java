package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

/** The show is not cancelled, so there is no cancellation to report on. */
public final class ShowNotCancelledException extends RuntimeException {

    public ShowNotCancelledException(ShowId showId) {
        super("Show " + showId + " is not cancelled");
    }
}
