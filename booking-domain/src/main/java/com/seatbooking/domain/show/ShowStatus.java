package com.seatbooking.domain.show;

/** SCHEDULED -> CANCELLED; CANCELLED is final. */
public enum ShowStatus {
    SCHEDULED,
    CANCELLED
}
