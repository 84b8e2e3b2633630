package com.seatbooking.application.port.in;

public interface BookSeatsUseCase {

    /**
     * Books seats outright for the signed-in actor, all or nothing: CONFIRMED, or FAILED naming the
     * seats already taken (the failed attempt is stored too). Throws {@link NotSignedInException}
     * for the anonymous actor.
     */
    BookingDetails book(BookSeatsCommand command);

    /**
     * {@link #book(BookSeatsCommand)} with an idempotency key, kept with the booking in one atomic unit:
     * a retry gets the booking as it was first answered, replayed; the same key with another request
     * is {@link IdempotencyKeyReusedException}; while a request with the key is being answered,
     * {@link IdempotencyKeyInUseException}. Refusals before anything is stored (such as the seat
     * limit) are thrown, and not kept here.
     */
    KeyedBookingOutcome book(BookSeatsCommand command, IdempotentCommand key);
}
