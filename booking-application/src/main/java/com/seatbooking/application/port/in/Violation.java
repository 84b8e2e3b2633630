package com.seatbooking.application.port.in;

import java.util.Objects;

/** One thing wrong with a request: the field it concerns and what is wrong with it. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
