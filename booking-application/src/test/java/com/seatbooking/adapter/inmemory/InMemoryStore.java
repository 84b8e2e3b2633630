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
import java.util.concurrent.atomic.AtomicLong;
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
    /** The seat maps' version: grows with every change of allocations (and is not rolled back: versions only grow). */
    final AtomicLong seatVersion = new AtomicLong();

    InMemoryStore() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private InMemoryStore(Map<ShowId, Show> shows, Map<BookingId, Booking> bookings,
            Map<ShowId, Map<Integer, SeatAllocation>> allocations, Map<AccountId, Account> accounts) {
        this.shows = shows;
        this.bookings = bookings;
        this.allocations = allocations;
        this.accounts = accounts;
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
        return new InMemoryStore(new HashMap<>(shows), new HashMap<>(bookings), allocationsCopy, new HashMap<>(accounts));
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
    }
}
