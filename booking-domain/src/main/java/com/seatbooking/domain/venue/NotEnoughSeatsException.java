package com.seatbooking.domain.venue;

import com.seatbooking.domain.DomainException;

/** Fewer seats are free (in the section asked for, if any) than were asked for. Nothing was booked. */
public final class NotEnoughSeatsException extends DomainException {

    private final int available;

    public NotEnoughSeatsException(int requested, int available, String section) {
        super("You asked for " + requested + (requested == 1 ? " seat" : " seats") + " but only " + available
                + (available == 1 ? " is" : " are") + " free" + (section == null ? "" : " in " + section) + ".");
        this.available = available;
    }

    /** How many seats are free (in the section asked for). */
    public int available() {
        return available;
    }
}
