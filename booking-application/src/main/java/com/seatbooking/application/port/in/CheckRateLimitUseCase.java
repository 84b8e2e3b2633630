package com.seatbooking.application.port.in;

public interface CheckRateLimitUseCase {

    /**
     * Counts the request against its limits and says whether it may go ahead: writes against the
     * signed-in account's limit and the client address's (shared by every instance), reads against
     * a generous per-address limit (per instance).
     */
    RateLimitDecision check(RateLimitCommand command);
}
