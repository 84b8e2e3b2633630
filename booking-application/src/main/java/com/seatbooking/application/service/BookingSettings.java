package com.seatbooking.application.service;

import com.seatbooking.domain.booking.HoldRules;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of booking.
 *
 * @param holdTtl             how long a hold keeps its seats before it expires, and how much one extension adds
 * @param maxSeatsPerBooking  the most seats one booking may take
 * @param expiryBatchSize     how many expired holds one expiry transaction handles
 * @param maxSeatsPerCustomer the most seats of a show one customer may hold or book, for shows without a limit of their own
 * @param holdLifetime        the hard cap on a hold's life, extensions included, counted from when it was made
 * @param maxHoldExtensions   how many times a hold may be extended
 */
public record BookingSettings(Duration holdTtl, int maxSeatsPerBooking, int expiryBatchSize, int maxSeatsPerCustomer,
        Duration holdLifetime, int maxHoldExtensions) {

    public BookingSettings {
        Objects.requireNonNull(holdTtl, "holdTtl");
        Objects.requireNonNull(holdLifetime, "holdLifetime");
        if (holdTtl.isNegative() || holdTtl.isZero()) {
            throw new IllegalArgumentException("the hold TTL must be positive, got " + holdTtl);
        }
        if (maxSeatsPerBooking < 1) {
            throw new IllegalArgumentException("a booking must be allowed at least one seat, got " + maxSeatsPerBooking);
        }
        if (expiryBatchSize < 1) {
            throw new IllegalArgumentException("the expiry batch size must be positive, got " + expiryBatchSize);
        }
        if (maxSeatsPerCustomer < 1 || maxSeatsPerCustomer > Show.MAX_SEATS) {
            throw new IllegalArgumentException("the per-customer seat limit must be between 1 and " + Show.MAX_SEATS + ", got "
                    + maxSeatsPerCustomer);
        }
        // checks the lifetime and the number of extensions
        new HoldRules(holdTtl, holdLifetime, maxHoldExtensions);
    }

    /** The usual lifetime cap (10 minutes) and number of extensions (2). */
    public static BookingSettings of(Duration holdTtl, int maxSeatsPerBooking, int expiryBatchSize, int maxSeatsPerCustomer) {
        Duration lifetime = Duration.ofMinutes(10);
        return new BookingSettings(holdTtl, maxSeatsPerBooking, expiryBatchSize, maxSeatsPerCustomer,
                lifetime.compareTo(holdTtl) < 0 ? holdTtl : lifetime, 2);
    }

    public HoldRules holdRules() {
        return new HoldRules(holdTtl, holdLifetime, maxHoldExtensions);
    }
}
