package com.seatbooking.application.port.in;

/**
 * The answer to a booking or hold sent with an idempotency key: the booking just made, or on a
 * replay either the booking as it was first answered ({@code booking}) or the answer kept as it was
 * sent ({@code kept}, a refusal such as seat-limit-reached). Exactly one of the two.
 */
public record KeyedBookingOutcome(BookingDetails booking, RecordedResponse kept, boolean replayed) {

    public KeyedBookingOutcome {
        if ((booking == null) == (kept == null)) {
            throw new IllegalArgumentException("an answer is either a booking or a kept response");
        }
        if (kept != null && !replayed) {
            throw new IllegalArgumentException("a kept response is only ever replayed");
        }
    }

    public static KeyedBookingOutcome fresh(BookingDetails booking) {
        return new KeyedBookingOutcome(booking, null, false);
    }

    public static KeyedBookingOutcome replayOf(BookingDetails booking) {
        return new KeyedBookingOutcome(booking, null, true);
    }

    public static KeyedBookingOutcome replayOf(RecordedResponse kept) {
        return new KeyedBookingOutcome(null, kept, true);
    }
}
