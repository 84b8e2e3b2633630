package com.seatbooking.domain.booking;

import com.seatbooking.domain.DomainException;
import com.seatbooking.domain.ShowId;

/**
 * A booking or hold that would give one customer more seats of a show than its per-customer limit
 * allows (live holds plus confirmed seats). Nothing was booked, and nothing was stored.
 */
public final class SeatLimitReachedException extends DomainException {

    private final ShowId showId;
    private final int limit;
    private final int remaining;

    public SeatLimitReachedException(ShowId showId, int requested, int limit, int remaining) {
        super(message(requested, limit, remaining));
        if (limit < 1 || remaining < 0 || remaining > limit) {
            throw new IllegalArgumentException("a limit of " + limit + " with " + remaining + " seats remaining");
        }
        this.showId = showId;
        this.limit = limit;
        this.remaining = remaining;
    }

    private static String message(int requested, int limit, int remaining) {
        String asked = requested == 1 ? "1 more seat" : requested + " more seats";
        String left = remaining == 0 ? "you cannot hold or book any more seats of it"
                : remaining == 1 ? "you can hold or book 1 more seat of it" : "you can hold or book " + remaining + " more seats of it";
        return "This show allows at most " + limit + (limit == 1 ? " seat" : " seats") + " per customer, counting holds and bookings; "
                + "you asked for " + asked + ", and " + left + ".";
    }

    public ShowId showId() {
        return showId;
    }

    /** The most seats of the show one customer may hold or book. */
    public int limit() {
        return limit;
    }

    /** How many more seats this customer may still hold or book (may be 0). */
    public int remaining() {
        return remaining;
    }
}
