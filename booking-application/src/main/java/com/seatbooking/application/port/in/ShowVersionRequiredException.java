package com.seatbooking.application.port.in;

/** A change to a show must say which version of it the change is based on. */
public final class ShowVersionRequiredException extends RuntimeException {

    public ShowVersionRequiredException() {
        super("Say which version of the show this change is based on: send If-Match with the ETag of GET /shows/{id}");
    }
}
