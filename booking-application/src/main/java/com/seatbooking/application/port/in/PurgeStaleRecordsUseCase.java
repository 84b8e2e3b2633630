package com.seatbooking.application.port.in;

public interface PurgeStaleRecordsUseCase {

    /** What one clean-up deleted. */
    record Purged(int failedBookings, int idempotencyKeys, int rateLimitBuckets) {
    }

    /**
     * Deletes, in bounded batches (one short unit of work each): FAILED bookings older than the
     * retention window, with their history (their shows' totals keep counting them); answers kept
     * for idempotency keys that expired; rate-limit buckets nobody used for long. Safe to run from
     * several instances at once.
     */
    Purged purge();
}
