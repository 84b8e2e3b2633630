package com.seatbooking.application.service;

import java.time.Duration;
import java.util.Objects;

/** @param keyTtl how long the answer to a keyed write is kept for retries */
public record IdempotencySettings(Duration keyTtl) {

    public IdempotencySettings {
        Objects.requireNonNull(keyTtl, "keyTtl");
        if (keyTtl.isNegative() || keyTtl.isZero()) {
            throw new IllegalArgumentException("idempotency keys must be kept for a positive time, got " + keyTtl);
        }
    }
}
