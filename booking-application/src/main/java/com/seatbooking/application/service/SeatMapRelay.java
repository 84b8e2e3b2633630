package com.seatbooking.application.service;

import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapListener;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import com.seatbooking.application.port.out.SeatMapFeed;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the feed and one follower. Subscribed before the first read, it holds live changes back
 * until the snapshot (or the changes since the follower's version) went out, then passes on only
 * what is newer than what the follower has: no gap, and nothing goes backwards.
 */
final class SeatMapRelay implements SeatMapFeed.Listener {

    private final SeatMapListener follower;
    private List<SeatMapChange> held = new ArrayList<>();
    private long version = -1;
    private boolean stopped;

    SeatMapRelay(SeatMapListener follower) {
        this.follower = follower;
    }

    @Override
    public synchronized void changed(SeatMapChange change) {
        if (held != null) {
            held.add(change);
        } else {
            pass(change);
        }
    }

    @Override
    public synchronized void lost() {
        if (!stopped) {
            stopped = true;
            follower.lost();
        }
    }

    synchronized void startWith(SeatMapSnapshot snapshot) {
        if (stopped) {
            return;
        }
        follower.snapshot(snapshot);
        version = snapshot.version();
        release();
    }

    synchronized void resumeAfter(long seenVersion, List<SeatMapChange> missed) {
        version = seenVersion;
        missed.forEach(this::pass);
        release();
    }

    private void release() {
        List<SeatMapChange> waiting = held;
        held = null;
        waiting.forEach(this::pass);
    }

    private void pass(SeatMapChange change) {
        if (!stopped && change.version() > version) {
            version = change.version();
            follower.changed(change);
        }
    }
}
