package com.seatbooking.application.port.in;

/**
 * How many bookings of a show there are by status, as stored (a hold past its deadline counts as
 * PENDING until its expiry is recorded), including FAILED attempts deleted after their retention.
 *
 * @param deletedFailed how many of the FAILED ones were deleted already (after their retention window)
 */
public record BookingTotals(long confirmed, long pending, long cancelled, long failedSeatsUnavailable, long failedHoldExpired,
        long deletedFailed) {

    public BookingTotals {
        if (confirmed < 0 || pending < 0 || cancelled < 0 || failedSeatsUnavailable < 0 || failedHoldExpired < 0 || deletedFailed < 0
                || deletedFailed > failedSeatsUnavailable + failedHoldExpired) {
            throw new IllegalArgumentException("totals cannot be negative, nor more deleted than failed");
        }
    }

    public static final BookingTotals NONE = new BookingTotals(0, 0, 0, 0, 0, 0);
}
