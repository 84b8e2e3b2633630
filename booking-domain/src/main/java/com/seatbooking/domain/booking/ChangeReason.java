package com.seatbooking.domain.booking;

/** Why a booking entered a status; recorded with every entry of its history. */
public enum ChangeReason {
    SEATS_BOOKED(BookingStatus.CONFIRMED),
    SEATS_HELD(BookingStatus.PENDING),
    /** A hold's deadline moved on; it stays PENDING. */
    HOLD_EXTENDED(BookingStatus.PENDING),
    HOLD_CONFIRMED(BookingStatus.CONFIRMED),
    CANCELLED_BY_USER(BookingStatus.CANCELLED),
    /** The show was cancelled, and its bookings with it. */
    SHOW_CANCELLED(BookingStatus.CANCELLED),
    SEATS_UNAVAILABLE(BookingStatus.FAILED),
    HOLD_EXPIRED(BookingStatus.FAILED);

    private final BookingStatus leadsTo;

    ChangeReason(BookingStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The status a change for this reason ends in. */
    public BookingStatus leadsTo() {
        return leadsTo;
    }

    /** Why a booking that changed for this reason is FAILED; null for reasons that do not fail it. */
    public FailureReason failureReason() {
        return switch (this) {
            case SEATS_UNAVAILABLE -> FailureReason.SEATS_UNAVAILABLE;
            case HOLD_EXPIRED -> FailureReason.HOLD_EXPIRED;
            case SEATS_BOOKED, SEATS_HELD, HOLD_EXTENDED, HOLD_CONFIRMED, CANCELLED_BY_USER, SHOW_CANCELLED -> null;
        };
    }
}
