package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.domain.ShowId;
import java.util.List;
import java.util.Optional;

/**
 * The changes of seat maps, whichever instance made them, in version order. A version is a point in
 * the order of all seat changes: a seat map read at version v ({@link SeatAllocationRepository#reservedSeatsWithVersion})
 * holds every change up to v, and each change the feed delivers later has a greater version than the
 * changes it holds that such a read did not. So a follower that starts from a read and then applies
 * every delivered change whose version is greater than what it has ends at the true map.
 */
public interface SeatMapFeed {

    /** Receives a show's changes; calls come from one thread at a time. */
    interface Listener {

        void changed(SeatMapChange change);

        /** The feed can no longer say what changed (it fell behind its log); nothing follows. */
        void lost();
    }

    /** A subscription to one show's changes. */
    interface Subscription {
        /** Stops deliveries (idempotent). */
        void cancel();
    }

    /** Delivers every change of the show's seats made visible from now on, until cancelled. */
    Subscription subscribe(ShowId showId, Listener listener);

    /**
     * What changed in the show's seat map after {@code version}, as far as the feed has settled it
     * (later changes come through subscriptions): the seats touched, each with its current state;
     * an empty list when nothing did; empty when the feed cannot tell (its log no longer reaches
     * back that far, or it never handed out that version), and the caller needs a fresh read.
     */
    Optional<List<SeatMapChange>> changesSince(ShowId showId, long version);
}
