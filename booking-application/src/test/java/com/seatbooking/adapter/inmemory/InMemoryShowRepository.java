package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.application.port.in.ShowCursor;
import com.seatbooking.application.port.out.ConcurrentShowChangeException;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryShowRepository implements ShowRepository {

    private static final Comparator<Show> SOONEST_FIRST = Comparator.comparing(Show::startTime)
            .thenComparing((a, b) -> ShowCursor.compareIds(a.id(), b.id()));

    private final InMemoryStore store;

    InMemoryShowRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Show show) {
        store.locked(() -> {
            if (store.shows.putIfAbsent(show.id(), show) != null) {
                throw new IllegalStateException("show " + show.id() + " exists already");
            }
            return null;
        });
    }

    @Override
    public Optional<Show> findById(ShowId id) {
        return store.locked(() -> Optional.ofNullable(store.shows.get(id)));
    }

    /** A unit of work holds the store's one lock throughout: this show is as locked as everything else. */
    @Override
    public Optional<Show> findByIdForUpdate(ShowId id) {
        return findById(id);
    }

    @Override
    public Optional<Show> findByIdForChange(ShowId id) {
        return findById(id);
    }

    /** The record of a cancelled show's cancellation, as it stands (none kept yet: nothing counted). */
    private Cancellation record(ShowId id) {
        Cancellation kept = store.cancellations.get(id);
        if (kept != null) {
            return kept;
        }
        Show show = store.shows.get(id);
        return show == null || !show.isCancelled() ? null : new Cancellation(id, show.cancelledAt().orElseThrow(), 0, 0, null);
    }

    @Override
    public Show update(Show show) {
        return store.locked(() -> {
            Show stored = store.shows.get(show.id());
            if (stored == null || stored.version() != show.version()) {
                throw new ConcurrentShowChangeException(show.id(), show.version());
            }
            Show next = Show.restore(show.id(), show.name(), show.startTime(), show.totalSeats(), show.maxSeatsPerCustomer().orElse(null),
                    show.status(), show.cancelledAt().orElse(null), show.version() + 1);
            store.shows.put(show.id(), next);
            return next;
        });
    }

    @Override
    public List<Show> findAllByStartTime() {
        return store.locked(() -> store.shows.values().stream()
                .sorted(Comparator.comparing(Show::startTime).thenComparing(show -> show.name().value())).toList());
    }

    @Override
    public List<Show> findPage(ListShowsQuery query, Instant now, int limit) {
        Comparator<Show> order = query.newestFirst() ? SOONEST_FIRST.reversed() : SOONEST_FIRST;
        return store.locked(() -> store.shows.values().stream()
                .filter(show -> switch (query.when()) {
                    case UPCOMING -> show.startTime().isAfter(now);
                    case PAST -> !show.startTime().isAfter(now);
                    case ALL -> true;
                })
                .filter(show -> query.from() == null || !show.startTime().isBefore(query.from()))
                .filter(show -> query.to() == null || show.startTime().isBefore(query.to()))
                .filter(show -> query.searchKey() == null || show.name().searchKey().contains(query.searchKey()))
                .filter(show -> query.after() == null
                        || (query.newestFirst() ? query.after().compareTo(show) < 0 : query.after().compareTo(show) > 0))
                .sorted(order).limit(limit).toList());
    }

    @Override
    public void startCancellation(ShowId id, long live) {
        store.locked(() -> {
            Cancellation c = record(id);
            if (c != null) {
                store.cancellations.put(id, new Cancellation(id, c.cancelledAt(), c.bookingsCancelled() + live, c.bookingsCancelled(),
                        c.completedAt()));
            }
            return null;
        });
    }

    @Override
    public void countCancelled(ShowId id, int count) {
        store.locked(() -> {
            Cancellation c = record(id);
            if (c != null) {
                long cancelled = c.bookingsCancelled() + count;
                store.cancellations.put(id, new Cancellation(id, c.cancelledAt(), Math.max(c.bookingsToCancel(), cancelled), cancelled,
                        c.completedAt()));
            }
            return null;
        });
    }

    @Override
    public void completeCancellation(ShowId id, Instant now) {
        store.locked(() -> {
            Cancellation c = record(id);
            if (c != null && !c.completed()) {
                store.cancellations.put(id, new Cancellation(id, c.cancelledAt(), c.bookingsToCancel(), c.bookingsCancelled(), now));
            }
            return null;
        });
    }

    @Override
    public Optional<Cancellation> cancellation(ShowId id) {
        return store.locked(() -> Optional.ofNullable(record(id)));
    }

    @Override
    public List<ShowId> unfinishedCancellations(int limit) {
        return store.locked(() -> store.shows.values().stream().filter(Show::isCancelled).map(show -> record(show.id()))
                .filter(c -> !c.completed()).sorted(Comparator.comparing(Cancellation::cancelledAt)).limit(limit)
                .map(Cancellation::showId).toList());
    }
}
