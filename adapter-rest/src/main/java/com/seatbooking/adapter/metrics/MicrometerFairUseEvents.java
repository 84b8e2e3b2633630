package com.seatbooking.adapter.metrics;

import com.seatbooking.application.port.out.FairUseEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts what the guards of an on-sale do: {@code seatbooking_rate_limited_total{limit=account-writes|address-writes|address-reads}}
 * (429 answers), {@code seatbooking_idempotent_replays_total} (answers replayed for a repeated
 * Idempotency-Key) and {@code seatbooking_purged_total{what=failed-bookings|idempotency-keys|rate-limit-buckets}}
 * (rows deleted by the retention clean-up).
 */
@ApplicationScoped
class MicrometerFairUseEvents implements FairUseEvents {

    private final MeterRegistry registry;
    private final Counter replays;

    MicrometerFairUseEvents(MeterRegistry registry) {
        this.registry = registry;
        this.replays = Counter.builder("seatbooking.idempotent.replays")
                .description("Writes answered with the answer kept for their Idempotency-Key")
                .register(registry);
        for (String limit : new String[] {"account-writes", "address-writes", "address-reads"}) {
            rateLimited(limit, 0);
        }
        for (String what : new String[] {"failed-bookings", "idempotency-keys", "rate-limit-buckets"}) {
            purged(what, 0);
        }
    }

    @Override
    public void rateLimited(String limit) {
        rateLimited(limit, 1);
    }

    private void rateLimited(String limit, int count) {
        Counter.builder("seatbooking.rate.limited")
                .description("Requests refused with 429 by a rate limit")
                .tag("limit", limit)
                .register(registry)
                .increment(count);
    }

    @Override
    public void replayed() {
        replays.increment();
    }

    @Override
    public void purged(String what, int count) {
        Counter.builder("seatbooking.purged")
                .description("Rows deleted by the retention clean-up")
                .tag("what", what)
                .register(registry)
                .increment(count);
    }
}
