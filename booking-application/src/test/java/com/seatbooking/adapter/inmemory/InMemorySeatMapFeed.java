package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.domain.ShowId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A feed for one process without a database: whoever changes seats tells it ({@link #publish}), and
 * it keeps no log, so a follower that reconnects always starts over with a snapshot.
 */
public final class InMemorySeatMapFeed implements SeatMapFeed {

    private final Map<ShowId, Set<Listener>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(ShowId showId, Listener listener) {
        listeners.computeIfAbsent(showId, show -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(showId, (show, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public Optional<List<SeatMapChange>> changesSince(ShowId showId, long version) {
        return Optional.empty();
    }

    /** Tells the show's followers. */
    public void publish(SeatMapChange change) {
        listeners.getOrDefault(change.showId(), Set.of()).forEach(listener -> listener.changed(change));
    }

    /** How many follow the show. */
    public int followers(ShowId showId) {
        return listeners.getOrDefault(showId, Set.of()).size();
    }
}
