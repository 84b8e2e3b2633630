package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.RateLimitBuckets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain token buckets in memory, refilled evenly, for tests and for running without a database.
 * Shared and per-instance buckets are the same thing here: there is one instance.
 */
public final class InMemoryRateLimitBuckets implements RateLimitBuckets {

    private static final class Bucket {
        double tokens;
        long refilledAtNanos;
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Clock clock;

    public InMemoryRateLimitBuckets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Duration tryConsume(String key, Rate rate, boolean shared) {
        long now = nanos();
        double perNano = (double) rate.capacity() / rate.period().toNanos();
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = rate.capacity();
            fresh.refilledAtNanos = now;
            return fresh;
        });
        bucket.tokens = Math.min(rate.capacity(), bucket.tokens + (now - bucket.refilledAtNanos) * perNano);
        bucket.refilledAtNanos = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
    }

    @Override
    public synchronized int deleteExpired(int limit) {
        return 0;
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
