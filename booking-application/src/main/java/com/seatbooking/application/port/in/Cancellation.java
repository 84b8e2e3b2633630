package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import java.time.Instant;
import java.util.Objects;

/**
 * How far the cancellation of a show has got: its bookings that were live when it was cancelled,
 * how many of them are cancelled so far, and when the last one was (null while some remain).
 */
public record Cancellation(ShowId showId, Instant cancelledAt, long bookingsToCancel, long bookingsCancelled, Instant completedAt) {

    public Cancellation {
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        if (bookingsToCancel < 0 || bookingsCancelled < 0) {
            throw new IllegalArgumentException("negative booking counts");
        }
    }

    public boolean completed() {
        return completedAt != null;
    }
}
