package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

/** The show changed since the version a change was based on: nothing was changed. */
public final class ShowVersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public ShowVersionMismatchException(ShowId showId, long expected, long current) {
        super("Show " + showId + " was changed by someone else since version " + expected + " (it is at version " + current
                + "); read it again and redo the change");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
