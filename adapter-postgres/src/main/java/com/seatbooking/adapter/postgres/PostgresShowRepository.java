package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.application.port.out.ConcurrentShowChangeException;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows: stored through Hibernate ORM with Panache ({@link ShowEntityRepository}), read and changed
 * in plain SQL ({@link ShowQueries}). Every booking needs its show, so a show read is kept for
 * {@link #MAX_AGE}: from the second booking on that costs no round trip. A change through this
 * instance drops its entry once committed; one through another instance is seen here within
 * {@link #MAX_AGE}. A stale entry never lets a booking through that the show refuses: the booking
 * statement checks the show's row itself, and then this entry is refreshed ({@link #refreshed}).
 * Unknown ids are not cached (the show may be created a moment later).
 */
@ApplicationScoped
class PostgresShowRepository implements ShowRepository {

    /** Past this many shows the cache starts over, which keeps it bounded. */
    static final int CACHE_LIMIT = 10_000;
    /** How long a show read is served without asking the database again. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Entry(Show show, long readAtNanos) {
    }

    private final ShowEntityRepository entities;
    private final ShowQueries queries;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<ShowId, Entry> cache = new ConcurrentHashMap<>();

    PostgresShowRepository(ShowEntityRepository entities, ShowQueries queries, TransactionSynchronizationRegistry transactions) {
        this.entities = entities;
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public void add(Show show) {
        entities.persist(ShowMapper.toEntity(show));
    }

    @Override
    public Optional<Show> findById(ShowId id) {
        Entry cached = cache.get(id);
        if (cached != null && System.nanoTime() - cached.readAtNanos() < MAX_AGE.toNanos()) {
            return Optional.of(cached.show());
        }
        return read(id);
    }

    /** The show as stored now, read past the cache, which keeps it from here on. */
    Optional<Show> refreshed(ShowId id) {
        return read(id);
    }

    private Optional<Show> read(ShowId id) {
        long readAt = System.nanoTime();
        Optional<Show> found = queries.find(id);
        if (!Transactions.open()) {
            // read inside a transaction, a show may be one that transaction changed and may yet roll back
            found.ifPresent(show -> {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(id, new Entry(show, readAt));
            });
        }
        return found;
    }

    @Override
    public Optional<Show> findByIdForUpdate(ShowId id) {
        return queries.findForUpdate(id);
    }

    @Override
    public Optional<Show> findByIdForChange(ShowId id) {
        return queries.findForChange(id);
    }

    @Override
    public Show update(Show show) {
        if (!queries.update(show)) {
            throw new ConcurrentShowChangeException(show.id(), show.version());
        }
        forgetOnceCommitted(show.id());
        return Show.restore(show.id(), show.name(), show.startTime(), show.totalSeats(), show.maxSeatsPerCustomer().orElse(null),
                show.status(), show.cancelledAt().orElse(null), show.version() + 1);
    }

    private void forgetOnceCommitted(ShowId id) {
        cache.remove(id);
        if (Transactions.open()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.remove(id);
                    }
                }
            });
        }
    }

    @Override
    public List<Show> findAllByStartTime() {
        return queries.all();
    }

    @Override
    public List<Show> findPage(ListShowsQuery query, Instant now, int limit) {
        return queries.page(query, now, limit);
    }

    @Override
    public void startCancellation(ShowId id, long bookingsToCancel) {
        queries.startCancellation(id, bookingsToCancel);
    }

    @Override
    public void countCancelled(ShowId id, int count) {
        queries.countCancelled(id, count);
    }

    @Override
    public void completeCancellation(ShowId id, Instant now) {
        queries.completeCancellation(id, now);
    }

    @Override
    public Optional<Cancellation> cancellation(ShowId id) {
        return queries.cancellation(id);
    }

    @Override
    public List<ShowId> unfinishedCancellations(int limit) {
        return queries.unfinishedCancellations(limit);
    }
}
