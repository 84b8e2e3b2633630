package com.seatbooking.domain.account;

/** What an account may do besides booking for itself. */
public enum Role {
    /** Manages shows, and may read and change every booking. */
    ADMIN,
    /** Books seats and manages its own bookings. */
    CUSTOMER
}
