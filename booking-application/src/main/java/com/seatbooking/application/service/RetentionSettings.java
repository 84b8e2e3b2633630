package com.seatbooking.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param failedRetention how long a FAILED booking stays readable before it is deleted
 * @param batchSize       how many rows one clean-up transaction deletes at most
 */
public record RetentionSettings(Duration failedRetention, int batchSize) {

    public RetentionSettings {
        Objects.requireNonNull(failedRetention, "failedRetention");
        if (failedRetention.isNegative()) {
            throw new IllegalArgumentException("the retention of failed bookings cannot be negative, got " + failedRetention);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the clean-up batch size must be positive, got " + batchSize);
        }
    }
}
