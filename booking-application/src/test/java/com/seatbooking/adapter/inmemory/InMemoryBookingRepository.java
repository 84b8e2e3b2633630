package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
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
    public Booking addAllocatingSeats(Booking candidate, int seatLimit, Instant now) {
        return add(candidate, seatLimit, now, true);
    }

    @Override
    public Booking tryAllocatingSeats(Booking candidate, int seatLimit, Instant now) {
        return add(candidate, seatLimit, now, false);
    }

    private Booking add(Booking candidate, int seatLimit, Instant now, boolean keepRejection) {
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
            if (taken.length == 0) {
                requireWithinLimit(candidate, seats, seatLimit);
            }
            Booking stored = taken.length == 0
                    ? candidate
                    : candidate.rejectedFor(SeatNumbers.of(taken), now);
            if (taken.length == 0) {
                allocation.seats().stream().forEach(seat -> seats.put(seat, allocation));
                store.touch(allocation.showId(), allocation.seats());
            }
            if (taken.length > 0 && !keepRejection) {
                return stored;
            }
            if (store.bookings.putIfAbsent(stored.id(), stored) != null) {
                throw new IllegalStateException("booking " + stored.id() + " exists already");
            }
            return stored;
        });
    }

    /** As the keyed booking statement: key, lookup, booking and key row in one atomic step. */
    @Override
    public KeyedAddition addAllocatingSeats(Booking candidate, int seatLimit, Instant now, KeyToKeep key) {
        return addKeyed(candidate, seatLimit, now, key, true);
    }

    @Override
    public KeyedAddition tryAllocatingSeats(Booking candidate, int seatLimit, Instant now, KeyToKeep key) {
        return addKeyed(candidate, seatLimit, now, key, false);
    }

    private KeyedAddition addKeyed(Booking candidate, int seatLimit, Instant now, KeyToKeep key, boolean keepRejection) {
        return store.locked(() -> {
            String id = key.command().scope() + "\n" + key.command().key();
            InMemoryIdempotencyKeyRepository.Entry earlier = store.idempotencyKeys.get(id);
            if (earlier != null && earlier.expiresAt().isAfter(now)) {
                return new KeyKept(earlier.answer());
            }
            Booking stored = add(candidate, seatLimit, now, keepRejection);
            boolean allocated = stored.status() != BookingStatus.FAILED;
            if (!allocated && !keepRejection) {
                return new Refused(stored);
            }
            var answer = new com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptAnswer(key.command().method(),
                    key.command().path(), key.command().fingerprint(), null,
                    new com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptBooking(stored.id(), allocated ? 201 : 409,
                            allocated ? stored.expiresAt() : null));
            store.idempotencyKeys.put(id, new InMemoryIdempotencyKeyRepository.Entry(answer, key.expiresAt()));
            return new Stored(stored);
        });
    }

    /**
     * As PostgreSQL counts (customer_seat_usage): every seat allocated to one of the owner's bookings,
     * expired holds included until they are released or taken over; seats this booking takes over
     * from the owner's own expired holds are not counted twice.
     */
    private void requireWithinLimit(Booking candidate, Map<Integer, SeatAllocation> seats, int seatLimit) {
        long current = seats.values().stream().filter(holder -> isOwners(holder, candidate)).count();
        long retaken = candidate.seats().stream().filter(seat -> seats.get(seat) != null && isOwners(seats.get(seat), candidate)).count();
        long wanted = candidate.seats().size() - retaken;
        if (current + wanted > seatLimit) {
            int remaining = (int) Math.max(0, Math.min(seatLimit, seatLimit - current));
            throw new SeatLimitReachedException(candidate.showId(), (int) wanted, seatLimit, remaining);
        }
    }

    private boolean isOwners(SeatAllocation holder, Booking candidate) {
        Booking holding = store.bookings.get(holder.bookingId());
        return holding != null && holding.isOwnedBy(candidate.owner());
    }

    @Override
    public int deleteFailedBefore(Instant failedBefore, int limit) {
        return store.locked(() -> {
            List<Booking> doomed = store.bookings.values().stream()
                    .filter(booking -> booking.status() == BookingStatus.FAILED && booking.updatedAt().isBefore(failedBefore))
                    .limit(limit)
                    .toList();
            for (Booking booking : doomed) {
                store.bookings.remove(booking.id());
                long[] counts = store.deletedFailed.computeIfAbsent(booking.showId(), show -> new long[2]);
                counts[booking.failureReason() == FailureReason.SEATS_UNAVAILABLE ? 0 : 1]++;
            }
            return doomed.size();
        });
    }

    @Override
    public BookingTotals totals(ShowId showId) {
        return store.locked(() -> {
            Map<BookingStatus, Long> byStatus = new EnumMap<>(BookingStatus.class);
            long unavailable = 0;
            long expired = 0;
            for (Booking booking : store.bookings.values()) {
                if (booking.showId().equals(showId)) {
                    byStatus.merge(booking.status(), 1L, Long::sum);
                    if (booking.failureReason() == FailureReason.SEATS_UNAVAILABLE) {
                        unavailable++;
                    } else if (booking.failureReason() == FailureReason.HOLD_EXPIRED) {
                        expired++;
                    }
                }
            }
            long[] deleted = store.deletedFailed.getOrDefault(showId, new long[2]);
            return new BookingTotals(byStatus.getOrDefault(BookingStatus.CONFIRMED, 0L), byStatus.getOrDefault(BookingStatus.PENDING, 0L),
                    byStatus.getOrDefault(BookingStatus.CANCELLED, 0L), unavailable + deleted[0], expired + deleted[1],
                    deleted[0] + deleted[1]);
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
