package com.seatbooking.domain.booking;

/** Why a booking entered a status; recorded with every entry of its history. */
public enum ChangeReason {
    SEATS_BOOKED(BookingStatus.CONFIRMED),
    SEATS_HELD(BookingStatus.PENDING),
    HOLD_CONFIRMED(BookingStatus.CONFIRMED),
    CANCELLED_BY_USER(BookingStatus.CANCELLED),
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
}
