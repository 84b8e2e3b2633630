package com.seatbooking.adapter.rest.auth;

/** Credentials that were sent but cannot be trusted: malformed, expired, tampered with, or signed by another key. */
final class InvalidTokenException extends RuntimeException {

    InvalidTokenException(String message) {
        super(message);
    }

    /** The cause stays here for the one place that logs it (the start-up key check); clients get the message only. */
    InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
