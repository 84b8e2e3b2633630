package com.seatbooking.application.port.in;

/** Books or holds the best free seats of a show, picked by the server instead of named by the buyer. */
public interface BookBestAvailableUseCase {

    /**
     * Picks the best free seats ({@link com.seatbooking.domain.venue.SeatPicker}) and books or holds
     * them for the signed-in actor, all or nothing, CONFIRMED or PENDING. When other buyers take some
     * of the picked seats first it picks again around them (a bounded number of times): while enough
     * seats remain it does not fail, and no attempt that lost a race is stored. Throws
     * {@link com.seatbooking.domain.venue.NotEnoughSeatsException},
     * {@link com.seatbooking.domain.venue.NotEnoughAdjacentSeatsException}, the seat limit's and the
     * show's refusals as a booking of named seats does.
     */
    BookingDetails place(BestAvailableCommand command);

    /** {@link #place(BestAvailableCommand)} with an idempotency key, kept with the booking as for {@link BookSeatsUseCase}. */
    KeyedBookingOutcome place(BestAvailableCommand command, IdempotentCommand key);
}
