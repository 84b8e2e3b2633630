package com.seatbooking.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of booking.
 *
 * @param holdTtl            how long a hold keeps its seats before it expires
 * @param maxSeatsPerBooking the most seats one booking may take
 * @param expiryBatchSize    how many expired holds one expiry transaction handles
 */
public record BookingSettings(Duration holdTtl, int maxSeatsPerBooking, int expiryBatchSize) {

    public BookingSettings {
        Objects.requireNonNull(holdTtl, "holdTtl");
        if (holdTtl.isNegative() || holdTtl.isZero()) {
            throw new IllegalArgumentException("the hold TTL must be positive, got " + holdTtl);
        }
        if (maxSeatsPerBooking < 1) {
            throw new IllegalArgumentException("a booking must be allowed at least one seat, got " + maxSeatsPerBooking);
        }
        if (expiryBatchSize < 1) {
            throw new IllegalArgumentException("the expiry batch size must be positive, got " + expiryBatchSize);
        }
    }
}
