package com.seatbooking.application.port.in;

public interface BookSeatsUseCase {

    /**
     * Books seats outright for the signed-in actor, all or nothing: CONFIRMED, or FAILED naming the
     * seats already taken (the failed attempt is stored too). Throws {@link NotSignedInException}
     * for the anonymous actor.
     */
    BookingDetails book(BookSeatsCommand command);
}
