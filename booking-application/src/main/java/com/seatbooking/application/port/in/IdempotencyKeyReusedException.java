package com.seatbooking.application.port.in;

/** An idempotency key sent again with another request (another body, method or path) than it was first used for. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String firstMethod, String firstPath) {
        super("This Idempotency-Key was used for a different request (" + firstMethod + " " + firstPath
                + " with another body); use a new key for a new request");
    }
}
