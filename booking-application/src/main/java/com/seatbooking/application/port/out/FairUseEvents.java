package com.seatbooking.application.port.out;

/** Told when the guards of a fair on-sale act (metrics): rate limits, replays of keyed writes, clean-ups. */
public interface FairUseEvents {

    /** A request was refused by the rate limit named {@code limit} (account-writes, address-writes, address-reads). */
    default void rateLimited(String limit) {
    }

    /** A keyed write was answered with the answer kept from its first request. */
    default void replayed() {
    }

    /** Old records were deleted: {@code what} is failed-bookings, idempotency-keys or rate-limit-buckets. */
    default void purged(String what, int count) {
    }

    FairUseEvents NONE = new FairUseEvents() {
    };
}
