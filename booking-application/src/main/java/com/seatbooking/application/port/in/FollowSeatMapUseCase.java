package com.seatbooking.application.port.in;

/** Anyone may follow a show's seat map as it changes, without signing in. */
public interface FollowSeatMapUseCase {

    /**
     * Starts following: before this returns the listener has had a snapshot of the seat map, or,
     * when {@code lastSeenVersion} is recent enough, the changes since then; after that every change,
     * whichever instance made it, until {@link Following#stop()}. Throws {@link ShowNotFoundException}.
     */
    Following follow(FollowSeatMapQuery query, SeatMapListener listener);

    /** A follower's handle. */
    interface Following {
        /** No more calls to the listener (idempotent). */
        void stop();
    }
}
