package com.seatbooking.application.port;

import java.time.Duration;

/**
 * The store cannot serve the request right now (a lock or statement timeout, lost connection,
 * repeated conflicts), though trying again later may succeed; nothing was changed. Part of the
 * contract on both sides of the application: driven adapters throw it, driving adapters report it.
 */
public final class StoreUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
