package com.seatbooking.application.port.in;

import java.time.Duration;

/** A request with this idempotency key is still being answered; try again in a moment to get its answer. */
public final class IdempotencyKeyInUseException extends RuntimeException {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public IdempotencyKeyInUseException() {
        super("A request with this Idempotency-Key is still being processed; retry in a moment to get its answer");
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
