package com.seatbooking.application.port.in;

public interface HoldSeatsUseCase {

    /**
     * Holds seats for the signed-in actor, all or nothing, until the hold TTL passes: PENDING, or
     * FAILED naming the seats already taken. Throws {@link NotSignedInException} for the anonymous
     * actor.
     */
    BookingDetails hold(BookSeatsCommand command);

    /**
     * {@link #hold(BookSeatsCommand)} with an idempotency key, kept with the booking in one atomic unit:
     * a retry gets the booking as it was first answered, replayed; the same key with another request
     * is {@link IdempotencyKeyReusedException}; while a request with the key is being answered,
     * {@link IdempotencyKeyInUseException}. Refusals before anything is stored (such as the seat
     * limit) are thrown, and not kept here.
     */
    KeyedBookingOutcome hold(BookSeatsCommand command, IdempotentCommand key);
}
