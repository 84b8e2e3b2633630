package com.seatbooking.adapter.scheduler;

import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase;
import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase.Purged;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code booking.purge-interval} (10 minutes by default), deletes what has outlived its use:
 * FAILED bookings past their retention window (7 days by default) with their history, answers kept
 * for expired idempotency keys, and idle rate-limit buckets, in bounded batches. Runs never overlap
 * within an instance; across instances SKIP LOCKED keeps them apart.
 */
@ApplicationScoped
public class PurgeStaleRecordsJob {

    private static final Logger LOG = Logger.getLogger(PurgeStaleRecordsJob.class);

    private final PurgeStaleRecordsUseCase purge;

    public PurgeStaleRecordsJob(PurgeStaleRecordsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(identity = "purge-stale-records", every = "${booking.purge-interval:10m}", delayed = "${booking.purge-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        try {
            Purged purged = purge.purge();
            if (purged.failedBookings() + purged.idempotencyKeys() + purged.rateLimitBuckets() > 0) {
                LOG.infof("Deleted %d failed booking(s) past their retention, %d expired idempotency key(s), %d idle rate-limit bucket(s)",
                        purged.failedBookings(), purged.idempotencyKeys(), purged.rateLimitBuckets());
            }
        } catch (RuntimeException e) {
            // the next run carries on; every batch that finished stays done
            LOG.warnf(e, "Deleting stale records failed; will retry on the next run");
        }
    }
}
