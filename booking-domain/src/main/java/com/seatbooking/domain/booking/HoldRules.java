package com.seatbooking.domain.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long holds last and how far they may be extended: each extension moves the deadline on by
 * {@code ttl}, at most {@code maxExtensions} times, and never past {@code lifetime} after the seats
 * were first held.
 *
 * @param ttl           how long a hold keeps its seats, and how much one extension adds
 * @param lifetime      the hard cap on a hold's life, counted from when it was made
 * @param maxExtensions how many times a hold may be extended (0: never)
 */
public record HoldRules(Duration ttl, Duration lifetime, int maxExtensions) {

    public HoldRules {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(lifetime, "lifetime");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the hold TTL must be positive, got " + ttl);
        }
        if (lifetime.compareTo(ttl) < 0) {
            throw new IllegalArgumentException("a hold's lifetime cap (" + lifetime + ") cannot be shorter than its TTL (" + ttl + ")");
        }
        if (maxExtensions < 0) {
            throw new IllegalArgumentException("the number of extensions cannot be negative, got " + maxExtensions);
        }
    }

    /** When a hold made at {@code heldAt} must end at the latest, however often it is extended. */
    public Instant lifetimeEndsAt(Instant heldAt) {
        return heldAt.plus(lifetime);
    }
}
