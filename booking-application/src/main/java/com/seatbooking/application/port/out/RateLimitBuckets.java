package com.seatbooking.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * Token buckets, one per key, from a well-kept rate-limiting library. A shared bucket is one for
 * every instance of the application (kept in the store); another is kept by each instance.
 */
public interface RateLimitBuckets {

    /**
     * A bucket of {@code capacity} tokens, refilled evenly over {@code period}: bursts of up to
     * {@code capacity} requests, and {@code capacity} per {@code period} in the long run.
     */
    record Rate(long capacity, Duration period) {

        public Rate {
            Objects.requireNonNull(period, "period");
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate is at least 1 request per a positive period, got " + capacity + " per " + period);
            }
        }

        @Override
        public String toString() {
            return capacity + " per " + period;
        }
    }

    /**
     * Takes a token from the key's bucket, made with {@code rate} if it is new. Returns zero when a
     * token was taken, else how long until one will be there (nothing taken).
     */
    Duration tryConsume(String key, Rate rate, boolean shared);

    /** Deletes up to {@code limit} shared buckets that have been full long enough to be forgotten; returns how many. */
    int deleteExpired(int limit);
}
