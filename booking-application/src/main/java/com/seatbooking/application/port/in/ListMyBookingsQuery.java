package com.seatbooking.application.port.in;

import java.util.Objects;

/**
 * One page of the actor's bookings, newest first.
 *
 * @param after where the previous page ended; null for the first page
 */
public record ListMyBookingsQuery(Actor actor, int limit, BookingCursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ListMyBookingsQuery {
        Objects.requireNonNull(actor, "actor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Validates raw input, reporting every problem at once; no limit means {@value #DEFAULT_LIMIT}. */
    public static ListMyBookingsQuery of(Actor actor, Integer limit, String cursor) {
        Violations violations = new Violations();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT + ", got " + size);
        }
        BookingCursor after = cursor == null ? null : violations.check(() -> BookingCursor.parse(cursor));
        violations.throwIfAny();
        return new ListMyBookingsQuery(actor, size, after);
    }
}
