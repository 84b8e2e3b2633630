package com.seatbooking.domain;

import java.util.Objects;

/**
 * A value that would break an invariant, named by the domain property it concerns (for example
 * {@code totalSeats}), so a caller can tell its user which input to fix.
 */
public final class InvariantViolation extends DomainException {

    private final String property;

    public InvariantViolation(String property, String message) {
        super(message);
        this.property = Objects.requireNonNull(property, "property");
    }

    public String property() {
        return property;
    }
}
