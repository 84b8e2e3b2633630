package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A feed for one process without a database: once a piece of work that changed allocations is done
 * (a unit of work, or a single repository call outside one), its followers hear of the seats it
 * touched, each as it is then, under a version of its own. It keeps no log, so a follower that
 * reconnects always starts over with a snapshot.
 */
public final class InMemorySeatMapFeed implements SeatMapFeed {

    private final Map<ShowId, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final InMemoryStore store;

    InMemorySeatMapFeed(InMemoryStore store) {
        this.store = store;
        store.onChanged(this::publish);
    }

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

    /** How many follow the show. */
    public int followers(ShowId showId) {
        return listeners.getOrDefault(showId, Set.of()).size();
    }

    /**
     * Synchronized: each change names only the seats its work touched, and followers ignore a version
     * older than the one they have, so changes must reach them in the order of their versions (two
     * works finishing at once would otherwise race, and the later version's arrival first would hide
     * the earlier one's seats).
     */
    private synchronized void publish(Map<ShowId, SortedSet<Integer>> touched) {
        // the seats as they are now, under a version of their own: read together, so a change told
        // late cannot carry an older state under a newer version
        List<SeatMapChange> changes = store.locked(() -> {
            long version = store.seatVersion.incrementAndGet();
            List<SeatMapChange> now = new ArrayList<>();
            touched.forEach((show, seats) -> {
                Map<Integer, SeatAllocation> holders = store.allocations.getOrDefault(show, new HashMap<>());
                int[] reserved = seats.stream().filter(holders::containsKey).mapToInt(Integer::intValue).toArray();
                int[] released = seats.stream().filter(seat -> !holders.containsKey(seat)).mapToInt(Integer::intValue).toArray();
                now.add(new SeatMapChange(show, version, SeatNumbers.of(reserved), SeatNumbers.of(released)));
            });
            return now;
        });
        for (SeatMapChange change : changes) {
            listeners.getOrDefault(change.showId(), Set.of()).forEach(listener -> listener.changed(change));
        }
    }
}
