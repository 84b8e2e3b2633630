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

    public static final Duration DEFAULT_HOLD_TTL = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_SEATS_PER_BOOKING = 20;
    public static final int DEFAULT_EXPIRY_BATCH_SIZE = 500;

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

    public static BookingSettings defaults() {
        return new BookingSettings(DEFAULT_HOLD_TTL, DEFAULT_MAX_SEATS_PER_BOOKING, DEFAULT_EXPIRY_BATCH_SIZE);
    }
}
