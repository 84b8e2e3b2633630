package com.seatbooking.application.port.out;

import com.seatbooking.domain.ShowId;

/** A show was stored by someone else since it was read: nothing was changed. */
public final class ConcurrentShowChangeException extends RuntimeException {

    public ConcurrentShowChangeException(ShowId showId, long readVersion) {
        super("Show " + showId + " changed since it was read at version " + readVersion);
    }
}
