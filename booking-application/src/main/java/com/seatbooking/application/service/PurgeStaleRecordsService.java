package com.seatbooking.application.service;

import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.RateLimitBuckets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Keeps storage bounded however long an on-sale storm lasts. Each batch is one short atomic unit of
 * the store's, so no lock is held for long and a crash loses at most the batch under way; the next
 * run carries on. Bookings being changed right now are skipped, not waited for.
 */
public final class PurgeStaleRecordsService implements PurgeStaleRecordsUseCase {

    /** A bound on one run, so a run always ends; the next run carries on. */
    static final int MAX_BATCHES_PER_RUN = 1_000;

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository keys;
    private final RateLimitBuckets buckets;
    private final FairUseEvents events;
    private final Clock clock;
    private final RetentionSettings settings;

    public PurgeStaleRecordsService(BookingRepository bookings, IdempotencyKeyRepository keys, RateLimitBuckets buckets,
            FairUseEvents events, Clock clock, RetentionSettings settings) {
        this.bookings = bookings;
        this.keys = keys;
        this.buckets = buckets;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Purged purge() {
        Instant now = clock.instant();
        int batch = settings.batchSize();
        Instant failedBefore = now.minus(settings.failedRetention());
        int failed = inBatches("failed-bookings", () -> bookings.deleteFailedBefore(failedBefore, batch));
        int expiredKeys = inBatches("idempotency-keys", () -> keys.deleteExpired(now, batch));
        int idleBuckets = inBatches("rate-limit-buckets", () -> buckets.deleteExpired(batch));
        return new Purged(failed, expiredKeys, idleBuckets);
    }

    private int inBatches(String what, IntSupplier deleteBatch) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int deleted = deleteBatch.getAsInt();
            total += deleted;
            if (deleted > 0) {
                events.purged(what, deleted);
            }
            if (deleted < settings.batchSize()) {
                break;
            }
        }
        return total;
    }
}
