package com.seatbooking.domain.show;

import com.seatbooking.domain.DomainException;
import com.seatbooking.domain.ShowId;

/** The seats of a show are fixed once anyone has booked or held one of them (or tried to). */
public final class ShowHasBookingsException extends DomainException {

    public ShowHasBookingsException(ShowId showId, String what) {
        super("Show " + showId + " has bookings already; " + what);
    }
}
