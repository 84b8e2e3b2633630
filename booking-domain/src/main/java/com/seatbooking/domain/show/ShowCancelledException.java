package com.seatbooking.domain.show;

import com.seatbooking.domain.DomainException;
import com.seatbooking.domain.ShowId;
import java.time.Instant;

/** A cancelled show can no longer be booked, held or changed. */
public final class ShowCancelledException extends DomainException {

    private final ShowId showId;

    public ShowCancelledException(ShowId showId, Instant cancelledAt, String what) {
        super("Show " + showId + " was cancelled" + (cancelledAt == null ? "" : " at " + cancelledAt) + "; " + what);
        this.showId = showId;
    }

    public ShowId showId() {
        return showId;
    }
}
