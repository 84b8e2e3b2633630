package com.seatbooking.adapter.scheduler;

import com.seatbooking.application.port.in.ExpireHoldsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code booking.expiry-interval} (10 s by default), records the holds whose deadline passed
 * as FAILED/HOLD_EXPIRED and frees their seats. New allocations already treat such holds as free, so this
 * job is bookkeeping, not a guard. Runs never overlap within an instance; across instances the use
 * case's row locks (SKIP LOCKED) keep them from handling the same hold twice.
 */
@ApplicationScoped
public class ExpireHoldsJob {

    private static final Logger LOG = Logger.getLogger(ExpireHoldsJob.class);

    private final ExpireHoldsUseCase expireHolds;

    public ExpireHoldsJob(ExpireHoldsUseCase expireHolds) {
        this.expireHolds = expireHolds;
    }

    @Scheduled(identity = "expire-holds", every = "${booking.expiry-interval:10s}", delayed = "${booking.expiry-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        try {
            int expired = expireHolds.expireHolds();
            if (expired > 0) {
                LOG.infof("Expired %d hold(s)", expired);
            }
        } catch (RuntimeException e) {
            // the next run tries again; nothing is lost because expiry is recorded per batch
            LOG.warnf(e, "Expiring holds failed; will retry on the next run");
        }
    }
}
