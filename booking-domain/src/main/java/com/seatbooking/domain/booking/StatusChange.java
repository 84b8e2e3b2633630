package com.seatbooking.domain.booking;

import java.time.Instant;
import java.util.Objects;

/** One entry of a booking's history: it entered {@code status} at {@code at}, for {@code reason}. */
public record StatusChange(BookingStatus status, ChangeReason reason, Instant at) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (reason.leadsTo() != status) {
            throw new IllegalArgumentException(reason + " leads to " + reason.leadsTo() + ", not " + status);
        }
    }

    public static StatusChange of(ChangeReason reason, Instant at) {
        return new StatusChange(reason.leadsTo(), reason, at);
    }
}
