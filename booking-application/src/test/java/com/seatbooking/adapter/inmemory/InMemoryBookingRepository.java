package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryBookingRepository implements BookingRepository {

    private final InMemoryStore store;

    InMemoryBookingRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Booking addAllocatingSeats(Booking candidate, Instant now) {
        SeatAllocation allocation = candidate.allocation();
        return store.locked(() -> {
            if (!store.accounts.containsKey(candidate.owner())) {
                // as the foreign key from bookings to accounts does in PostgreSQL
                throw new NotSignedInException("The account this booking is for does not exist");
            }
            Map<Integer, SeatAllocation> seats = store.allocations.computeIfAbsent(allocation.showId(), show -> new HashMap<>());
            int[] taken = allocation.seats().stream().filter(seat -> {
                SeatAllocation holder = seats.get(seat);
                return holder != null && holder.isActiveAt(now);
            }).toArray();
            Booking stored = taken.length == 0
                    ? candidate
                    : candidate.rejectedFor(SeatNumbers.of(taken), now);
            if (taken.length == 0) {
                allocation.seats().stream().forEach(seat -> seats.put(seat, allocation));
                store.touch(allocation.showId(), allocation.seats());
            }
            if (store.bookings.putIfAbsent(stored.id(), stored) != null) {
                throw new IllegalStateException("booking " + stored.id() + " exists already");
            }
            return stored;
        });
    }

    @Override
    public void update(Booking booking) {
        store.locked(() -> {
            Booking previous = store.bookings.get(booking.id());
            if (previous == null) {
                throw new IllegalStateException("booking " + booking.id() + " does not exist");
            }
            if (!booking.history().subList(0, previous.history().size()).equals(previous.history())) {
                throw new IllegalStateException("booking " + booking.id() + " would rewrite its history");
            }
            store.bookings.put(booking.id(), booking);
            return null;
        });
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return store.locked(() -> Optional.ofNullable(store.bookings.get(id)));
    }

    @Override
    public List<Booking> findByOwner(AccountId owner, BookingCursor after, int limit) {
        Comparator<Booking> newestFirst = Comparator.comparing(Booking::createdAt).reversed()
                .thenComparing((a, b) -> BookingCursor.compareIds(a.id(), b.id()));
        return store.locked(() -> store.bookings.values().stream()
                .filter(booking -> booking.isOwnedBy(owner))
                .filter(booking -> after == null || after.precedes(booking))
                .sorted(newestFirst)
                .limit(limit)
                .toList());
    }

    /** Units of work run one at a time here, so reading is locking. */
    @Override
    public Optional<Booking> findByIdForUpdate(BookingId id) {
        return findById(id);
    }

    @Override
    public List<Booking> lockExpiredHolds(Instant now, int limit) {
        return store.locked(() -> store.bookings.values().stream()
                .filter(booking -> booking.status() == BookingStatus.PENDING && booking.isExpiredHold(now))
                .sorted(Comparator.comparing(Booking::expiresAt))
                .limit(limit)
                .toList());
    }
}
