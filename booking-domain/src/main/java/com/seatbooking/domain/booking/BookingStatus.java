package com.seatbooking.domain.booking;

import java.util.EnumSet;
import java.util.Set;

/** PENDING -> CONFIRMED | FAILED | CANCELLED; CONFIRMED -> CANCELLED; FAILED and CANCELLED are final. */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    FAILED,
    CANCELLED;

    public Set<BookingStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, FAILED, CANCELLED);
            case CONFIRMED -> EnumSet.of(CANCELLED);
            case FAILED, CANCELLED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canBecome(BookingStatus target) {
        return next().contains(target);
    }
}
