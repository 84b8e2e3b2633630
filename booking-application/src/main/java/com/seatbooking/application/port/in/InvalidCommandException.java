package com.seatbooking.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/** A request that breaks the rules; lists every violation found, not just the first. */
public final class InvalidCommandException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid command has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
