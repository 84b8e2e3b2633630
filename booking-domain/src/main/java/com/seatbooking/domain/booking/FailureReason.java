package com.seatbooking.domain.booking;

/** Why a booking is FAILED. */
public enum FailureReason {
    /** Some requested seats were already allocated to other bookings; the booking lists which. */
    SEATS_UNAVAILABLE,
    /** A hold was not confirmed before its deadline. */
    HOLD_EXPIRED
}
