package com.seatbooking.application.port.in;

/**
 * Someone following a show's seat map. Calls come one at a time, in version order: first a
 * snapshot (or, when resuming, the changes missed), then every change as it happens.
 */
public interface SeatMapListener {

    void snapshot(SeatMapSnapshot snapshot);

    void changed(SeatMapChange change);

    /**
     * The feed lost track of changes (it fell further behind than the change log reaches): the
     * follower must start over with a fresh snapshot. No more calls follow.
     */
    void lost();
}
