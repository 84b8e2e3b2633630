package com.seatbooking.application.port.in;

public interface HoldSeatsUseCase {

    /**
     * Holds seats for the signed-in actor, all or nothing, until the hold TTL passes: PENDING, or
     * FAILED naming the seats already taken. Throws {@link NotSignedInException} for the anonymous
     * actor.
     */
    BookingDetails hold(BookSeatsCommand command);
}
