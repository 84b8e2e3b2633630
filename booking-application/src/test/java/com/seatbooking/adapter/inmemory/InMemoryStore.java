package com.seatbooking.adapter.inmemory;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the in-memory adapters keep. The values are immutable, so a snapshot is a copy of the
 * maps: that is how {@link InMemoryUnitOfWork} rolls back.
 */
final class InMemoryStore {

    /** Guards every map; held for a whole unit of work, which makes units of work serializable. */
    final ReentrantLock lock = new ReentrantLock();
    final Map<ShowId, Show> shows;
    final Map<BookingId, Booking> bookings;
    /** Per show, seat number to the allocation holding it. */
    final Map<ShowId, Map<Integer, SeatAllocation>> allocations;
    final Map<AccountId, Account> accounts;
    /** The seat maps' version: grows with every change of allocations (and is not rolled back: versions only grow). */
    final AtomicLong seatVersion = new AtomicLong();
    /** Seats whose allocation changed in the work under way, told to the feed once it is done. */
    private final Map<ShowId, SortedSet<Integer>> touched = new HashMap<>();
    /** Who hears of changed seats once the work that changed them is done (outside the lock). */
    private volatile Consumer<Map<ShowId, SortedSet<Integer>>> onChanged = changed -> { };
    /** Per scope and key, the answer kept for it. */
    final Map<String, InMemoryIdempotencyKeyRepository.Entry> idempotencyKeys;
    /** Per show, the FAILED bookings deleted after their retention: [seats unavailable, hold expired]. */
    final Map<ShowId, long[]> deletedFailed;
    /** Per cancelled show, how far its cancellation has got. */
    final Map<ShowId, com.seatbooking.application.port.in.Cancellation> cancellations = new HashMap<>();

    InMemoryStore() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private InMemoryStore(Map<ShowId, Show> shows, Map<BookingId, Booking> bookings,
            Map<ShowId, Map<Integer, SeatAllocation>> allocations, Map<AccountId, Account> accounts,
            Map<String, InMemoryIdempotencyKeyRepository.Entry> idempotencyKeys, Map<ShowId, long[]> deletedFailed) {
        this.shows = shows;
        this.bookings = bookings;
        this.allocations = allocations;
        this.accounts = accounts;
        this.idempotencyKeys = idempotencyKeys;
        this.deletedFailed = deletedFailed;
    }

    <T> T locked(Supplier<T> action) {
        lock.lock();
        Map<ShowId, SortedSet<Integer>> done = null;
        try {
            T result = action.get();
            done = lock.getHoldCount() == 1 ? takeTouched() : null;
            return result;
        } catch (RuntimeException | Error e) {
            if (lock.getHoldCount() == 1) {
                touched.clear();
            }
            throw e;
        } finally {
            lock.unlock();
            if (done != null && !done.isEmpty()) {
                onChanged.accept(done);
            }
        }
    }

    /** The allocations of these seats changed (call with the lock held). */
    void touch(ShowId show, SeatNumbers seats) {
        seats.stream().forEach(seat -> touched.computeIfAbsent(show, key -> new TreeSet<>()).add(seat));
        seatVersion.incrementAndGet();
    }

    void onChanged(Consumer<Map<ShowId, SortedSet<Integer>>> listener) {
        this.onChanged = listener;
    }

    /** What the work now ending changed; called with the lock held. */
    Map<ShowId, SortedSet<Integer>> takeTouched() {
        Map<ShowId, SortedSet<Integer>> done = new HashMap<>(touched);
        touched.clear();
        return done;
    }

    void dropTouched() {
        touched.clear();
    }

    void tell(Map<ShowId, SortedSet<Integer>> done) {
        if (!done.isEmpty()) {
            onChanged.accept(done);
        }
    }

    InMemoryStore snapshot() {
        Map<ShowId, Map<Integer, SeatAllocation>> allocationsCopy = new HashMap<>();
        allocations.forEach((show, seats) -> allocationsCopy.put(show, new HashMap<>(seats)));
        Map<ShowId, long[]> deletedCopy = new HashMap<>();
        deletedFailed.forEach((show, counts) -> deletedCopy.put(show, counts.clone()));
        InMemoryStore copy = new InMemoryStore(new HashMap<>(shows), new HashMap<>(bookings), allocationsCopy, new HashMap<>(accounts),
                new HashMap<>(idempotencyKeys), deletedCopy);
        copy.cancellations.putAll(cancellations);
        return copy;
    }

    void restore(InMemoryStore snapshot) {
        shows.clear();
        shows.putAll(snapshot.shows);
        bookings.clear();
        bookings.putAll(snapshot.bookings);
        allocations.clear();
        allocations.putAll(snapshot.allocations);
        accounts.clear();
        accounts.putAll(snapshot.accounts);
        idempotencyKeys.clear();
        idempotencyKeys.putAll(snapshot.idempotencyKeys);
        deletedFailed.clear();
        deletedFailed.putAll(snapshot.deletedFailed);
        cancellations.clear();
        cancellations.putAll(snapshot.cancellations);
    }
}
