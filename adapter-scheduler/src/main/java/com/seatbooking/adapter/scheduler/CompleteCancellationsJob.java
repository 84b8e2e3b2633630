package com.seatbooking.adapter.scheduler;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.CompleteCancellationsUseCase;
import com.seatbooking.domain.ShowId;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Cancels the bookings of cancelled shows. A cancellation starts its show's cascade at once, on a
 * thread of its own ({@link #start}, on the event the REST adapter fires); and every {@code booking.cancellation-interval} (5 s by
 * default) this job finishes any cascade that has work left: one that skipped bookings someone else
 * held, or that an instance stopped or crashed in the middle of. Runs never overlap within an
 * instance; across instances (and with {@link #start}) the use case's row locks (SKIP LOCKED) keep
 * them from cancelling one booking twice.
 */
@ApplicationScoped
public class CompleteCancellationsJob {

    private static final Logger LOG = Logger.getLogger(CompleteCancellationsJob.class);

    private final CompleteCancellationsUseCase cancellations;
    private final ExecutorService cascades = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "show-cancellation");
        thread.setDaemon(true);
        return thread;
    });

    public CompleteCancellationsJob(CompleteCancellationsUseCase cancellations) {
        this.cancellations = cancellations;
    }

    /**
     * A show was just cancelled (the REST adapter tells): start on its bookings once the cancellation
     * is committed (when it was made inside a transaction, such as one keeping an Idempotency-Key's
     * answer), never before, so the cascade never runs ahead of a cancellation that may yet roll back.
     */
    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) Cancellation cancellation) {
        start(cancellation.showId());
    }

    /** Starts cancelling the bookings of a show that was just cancelled; returns at once. */
    public void start(ShowId showId) {
        try {
            cascades.execute(() -> {
                try {
                    int cancelled = cancellations.complete(showId);
                    LOG.infof("Cancelled %d booking(s) of the cancelled show %s", cancelled, showId);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Cancelling the bookings of show %s stopped; the next run of the job goes on", showId);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.infof("Shutting down: the bookings of show %s are left to the job's next run (on any instance)", showId);
        }
    }

    @Scheduled(identity = "complete-cancellations", every = "${booking.cancellation-interval:5s}",
            delayed = "${booking.cancellation-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        try {
            int cancelled = cancellations.completeAll();
            if (cancelled > 0) {
                LOG.infof("Cancelled %d booking(s) of cancelled shows", cancelled);
            }
        } catch (RuntimeException e) {
            // the next run goes on where this one stopped: each batch was committed on its own
            LOG.warnf(e, "Cancelling the bookings of cancelled shows failed; will retry on the next run");
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        cascades.shutdownNow();
    }
}
