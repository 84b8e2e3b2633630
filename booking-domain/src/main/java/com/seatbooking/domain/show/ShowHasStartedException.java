package com.seatbooking.domain.show;

import com.seatbooking.domain.DomainException;
import com.seatbooking.domain.ShowId;
import java.time.Instant;

/** Seats of a show that has already started can no longer be booked or held. */
public final class ShowHasStartedException extends DomainException {

    public ShowHasStartedException(ShowId showId, Instant startTime) {
        super("Show " + showId + " started at " + startTime + "; its seats can no longer be booked");
    }
}
