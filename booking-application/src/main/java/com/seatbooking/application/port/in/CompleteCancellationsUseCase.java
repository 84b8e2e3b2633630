package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

/**
 * Cancels the live bookings of cancelled shows in batches (one unit of work each, so no giant
 * transaction or lock), freeing their seats. Safe to run anywhere and any number of times at once:
 * a batch skips bookings another run has locked, and a show is marked completed only once none of
 * its bookings is live. Resumable: whatever stopped midway is finished by the next run.
 */
public interface CompleteCancellationsUseCase {

    /** Works on this show's cancellation until it completes, or only skipped bookings remain. Returns how many bookings it cancelled. */
    int complete(ShowId showId);

    /** {@link #complete} for every cancelled show whose cancellation has not completed. Returns how many bookings it cancelled. */
    int completeAll();
}
