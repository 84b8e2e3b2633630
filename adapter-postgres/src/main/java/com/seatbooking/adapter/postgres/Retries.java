package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a unit of database work again after a transient conflict (serialization failure, deadlock,
 * duplicate key, a lost seat race), a bounded number of times, and turns timeouts and connection
 * trouble into {@link StoreUnavailableException}. The work must be a whole transaction, so that a
 * failed attempt left nothing behind: only {@link Transactions} calls it, which knows.
 */
final class Retries {

    static final int MAX_ATTEMPTS = 4;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(Retries.class);

    private Retries() {
    }

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (SqlFailures.isRetryable(failure)) {
                    if (attempt < MAX_ATTEMPTS) {
                        LOG.debugf("transient conflict (SQLSTATE %s), attempt %d of %d",
                                SqlFailures.sqlState(failure).orElse("?"), attempt, MAX_ATTEMPTS);
                        pause(attempt);
                        continue;
                    }
                    throw new StoreUnavailableException("The database kept reporting conflicts; please try again", RETRY_AFTER, failure);
                }
                throw translated(failure);
            }
        }
    }

    /** Timeouts and connection trouble become StoreUnavailableException; anything else is left as it is. */
    private static RuntimeException translated(RuntimeException failure) {
        if (SqlFailures.isUnavailable(failure)) {
            return new StoreUnavailableException("The database is busy or unreachable; please try again", RETRY_AFTER, failure);
        }
        return failure;
    }

    /** A few milliseconds, growing and jittered, so retrying rivals do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while retrying", RETRY_AFTER, e);
        }
    }
}
