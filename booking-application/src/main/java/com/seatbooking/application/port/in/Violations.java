package com.seatbooking.application.port.in;

import com.seatbooking.domain.InvariantViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects what the domain refuses while a command is built, so one answer can list all of it. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** The value {@code factory} makes, or null after recording why the domain refused to make it. */
    <T> T check(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvariantViolation e) {
            found.add(new Violation(e.property(), e.getMessage()));
            return null;
        }
    }

    /** As {@link #check}, naming the refused property under {@code path} (e.g. {@code layout.sections[0].rows[2]}). */
    <T> T checkAt(String path, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvariantViolation e) {
            found.add(new Violation(path + "." + e.property(), e.getMessage()));
            return null;
        }
    }

    boolean any() {
        return !found.isEmpty();
    }

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidCommandException(found);
        }
    }
}
