package com.seatbooking.application.port.in;

/** The use case needs a signed-in account and the actor is anonymous. */
public final class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        this("Sign in to do this");
    }

    public NotSignedInException(String message) {
        super(message);
    }
}
