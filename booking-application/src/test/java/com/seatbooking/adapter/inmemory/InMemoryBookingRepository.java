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
        SeatAllocation allocation = candidate.allocation();
        return store.locked(() -> {
            if (!store.accounts.containsKey(candidate.owner())) {
                // as the foreign key from bookings to accounts does in PostgreSQL
                throw new NotSignedInException("The account this booking is for does not exist");
            }
            // as the booking statement reads the show's row
            com.seatbooking.domain.show.Show booked = store.shows.get(candidate.showId());
            if (booked == null) {
                throw new com.seatbooking.application.port.in.ShowNotFoundException(candidate.showId());
            }
            booked.requireOpenForBooking(now);
            booked.requireSeatsExist(candidate.seats());
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
            if (store.bookings.putIfAbsent(stored.id(), stored) != null) {
                throw new IllegalStateException("booking " + stored.id() + " exists already");
            }
            return stored;
        });
    }

    /** As the keyed booking statement: key, lookup, booking and key row in one atomic step. */
    @Override
    public KeyedAddition addAllocatingSeats(Booking candidate, int seatLimit, Instant now, KeyToKeep key) {
        return store.locked(() -> {
            String id = key.command().scope() + "\n" + key.command().key();
            InMemoryIdempotencyKeyRepository.Entry earlier = store.idempotencyKeys.get(id);
            if (earlier != null && earlier.expiresAt().isAfter(now)) {
                return new KeyKept(earlier.answer());
            }
            Booking stored = addAllocatingSeats(candidate, seatLimit, now);
            boolean allocated = stored.status() != BookingStatus.FAILED;
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

    /** Newest first, ties by id, the greater first: as PostgreSQL orders a show's bookings. */
    private static final Comparator<Booking> NEWEST_FIRST = Comparator.comparing(Booking::createdAt)
            .thenComparing((a, b) -> BookingCursor.compareIds(a.id(), b.id())).reversed();

    private static boolean after(Booking booking, BookingCursor cursor) {
        int byTime = booking.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && BookingCursor.compareIds(booking.id(), cursor.id()) < 0);
    }

    private static boolean live(Booking booking) {
        return booking.status() == BookingStatus.PENDING || booking.status() == BookingStatus.CONFIRMED;
    }

    @Override
    public List<Booking> lockLiveOfShow(ShowId showId, BookingCursor after, int limit) {
        return store.locked(() -> store.shows.get(showId) == null || !store.shows.get(showId).isCancelled() ? List.<Booking>of()
                : store.bookings.values().stream()
                .filter(booking -> booking.showId().equals(showId) && live(booking) && (after == null || after(booking, after)))
                .sorted(NEWEST_FIRST).limit(limit).toList());
    }

    @Override
    public long countLiveOfShow(ShowId showId) {
        return store.locked(() -> store.bookings.values().stream().filter(b -> b.showId().equals(showId) && live(b)).count());
    }

    @Override
    public boolean anyOfShow(ShowId showId) {
        return store.locked(() -> store.bookings.values().stream().anyMatch(b -> b.showId().equals(showId))
                || java.util.Arrays.stream(store.deletedFailed.getOrDefault(showId, new long[2])).sum() > 0);
    }

    private java.util.stream.Stream<Booking> matching(com.seatbooking.application.port.in.ListShowBookingsQuery query) {
        var owner = query.owner() == null ? null : store.accounts.values().stream()
                .filter(account -> account.username().value().equalsIgnoreCase(query.owner().value())).findFirst()
                .map(com.seatbooking.domain.account.Account::id).orElse(null);
        return store.bookings.values().stream()
                .filter(b -> b.showId().equals(query.showId()))
                .filter(b -> query.statuses().isEmpty() || query.statuses().contains(b.status()))
                .filter(b -> query.owner() == null || (owner != null && b.isOwnedBy(owner)));
    }

    @Override
    public List<com.seatbooking.application.port.in.ShowBooking> findOfShow(com.seatbooking.application.port.in.ListShowBookingsQuery query,
            int limit) {
        return store.locked(() -> matching(query)
                .filter(b -> query.after() == null || after(b, query.after()))
                .sorted(NEWEST_FIRST).limit(limit)
                .map(b -> new com.seatbooking.application.port.in.ShowBooking(b.id(), b.showId(),
                        b.owner() == null || !store.accounts.containsKey(b.owner()) ? null : store.accounts.get(b.owner()).username(),
                        b.userName(), b.status(), b.seats(), b.createdAt(), b.updatedAt()))
                .toList());
    }

    @Override
    public long countOfShow(com.seatbooking.application.port.in.ListShowBookingsQuery query) {
        return store.locked(() -> matching(query).count());
    }
}
