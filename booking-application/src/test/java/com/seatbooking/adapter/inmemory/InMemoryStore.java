package com.seatbooking.adapter.inmemory;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.show.Show;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
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
    /** Per scope and key, the answer kept for it. */
    final Map<String, InMemoryIdempotencyKeyRepository.Entry> idempotencyKeys;
    /** Per show, the FAILED bookings deleted after their retention: [seats unavailable, hold expired]. */
    final Map<ShowId, long[]> deletedFailed;

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
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    InMemoryStore snapshot() {
        Map<ShowId, Map<Integer, SeatAllocation>> allocationsCopy = new HashMap<>();
        allocations.forEach((show, seats) -> allocationsCopy.put(show, new HashMap<>(seats)));
        Map<ShowId, long[]> deletedCopy = new HashMap<>();
        deletedFailed.forEach((show, counts) -> deletedCopy.put(show, counts.clone()));
        return new InMemoryStore(new HashMap<>(shows), new HashMap<>(bookings), allocationsCopy, new HashMap<>(accounts),
                new HashMap<>(idempotencyKeys), deletedCopy);
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
    }
}
