package com.seatbooking.application.port.in;

/** The actor is signed in but its roles do not allow this. */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
