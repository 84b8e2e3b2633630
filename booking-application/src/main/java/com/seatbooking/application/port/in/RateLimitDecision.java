package com.seatbooking.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a request may go ahead; if not, which limit it met and how long until it may try again.
 *
 * @param limit      null when allowed; else account-writes, address-writes or address-reads
 * @param retryAfter zero when allowed
 */
public record RateLimitDecision(String limit, Duration retryAfter) {

    private static final RateLimitDecision ALLOWED = new RateLimitDecision(null, Duration.ZERO);

    public RateLimitDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if ((limit == null) != retryAfter.isZero()) {
            throw new IllegalArgumentException("a refusal names its limit and a wait, an allowance neither");
        }
    }

    public static RateLimitDecision allowed() {
        return ALLOWED;
    }

    public static RateLimitDecision refused(String limit, Duration retryAfter) {
        return new RateLimitDecision(Objects.requireNonNull(limit, "limit"), retryAfter.isZero() ? Duration.ofMillis(1) : retryAfter);
    }

    public boolean isAllowed() {
        return limit == null;
    }

    /** Whole seconds to wait, at least 1 (what Retry-After says). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
