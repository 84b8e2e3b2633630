package com.seatbooking.application.port.in;

public interface ExpireHoldsUseCase {

    /**
     * Fails every hold past its deadline and frees its seats, in bounded batches; returns how many
     * it expired. Safe to run from several instances at once: each hold is expired exactly once.
     */
    int expireHolds();
}
