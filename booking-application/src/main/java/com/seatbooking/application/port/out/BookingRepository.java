package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.ShowBooking;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptAnswer;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public interface BookingRepository {

    /**
     * Books or holds seats, all or nothing, as one atomic unit of its own: allocates every seat of
     * {@code candidate} (a new PENDING or CONFIRMED booking) to it and stores it, returning it. A
     * seat allocated to a hold whose deadline is not after {@code now} counts as free and is taken
     * over. If some seats are actively allocated to other bookings, allocates nothing and stores,
     * and returns, the candidate's rejection instead: {@link Booking#rejectedFor} naming those seats.
     * Concurrent calls for overlapping seats never both get a seat. Throws
     * {@link com.seatbooking.application.port.in.NotSignedInException} when the candidate's owner
     * has no account (any more).
     * <p>
     * The seat limit: the owner's seats of the show, counted as the store keeps them (every seat
     * allocated to one of the owner's bookings, holds included until their expiry is recorded or
     * their seats are taken over), may not pass {@code seatLimit}. If they would, nothing is
     * allocated or stored and {@link SeatLimitReachedException} says how many seats remain.
     * Concurrent calls of one owner can never pass the limit together: the count is kept by the
     * store in the same atomic unit that allocates, never checked first and acted on later.
     * <p>
     * The show: the store checks it too, in the same atomic unit, as it is stored then (not as a
     * cache had it): a cancelled show throws {@link com.seatbooking.domain.show.ShowCancelledException},
     * a started one {@link com.seatbooking.domain.show.ShowHasStartedException}, seats it does not
     * have an {@link com.seatbooking.domain.InvariantViolation}; nothing is stored. A cancellation
     * ({@link ShowRepository#findByIdForUpdate}) and a booking of one show take turns, so a booking
     * either was stored before the cancellation (which then finds it) or is refused.
     */
    Booking addAllocatingSeats(Booking candidate, int seatLimit, Instant now);

    /** The idempotency key a keyed booking or hold keeps with the booking it stores, until {@code expiresAt}. */
    record KeyToKeep(IdempotentCommand command, Instant expiresAt) {

        public KeyToKeep {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** What a keyed {@link #addAllocatingSeats(Booking, int, Instant, KeyToKeep)} did. */
    sealed interface KeyedAddition {
    }

    /** The key was free: the booking (or its rejection) was stored, with the key, as one atomic unit. */
    record Stored(Booking booking) implements KeyedAddition {
    }

    /** Another request holds the key right now: nothing was written. */
    record KeyInUse() implements KeyedAddition {
    }

    /** An unexpired answer is kept for the key: nothing was written. */
    record KeyKept(KeptAnswer answer) implements KeyedAddition {
    }

    /**
     * {@link #addAllocatingSeats(Booking, int, Instant)} with an idempotency key, in the same one
     * atomic unit: takes the key without waiting (taken by another request: {@link KeyInUse}),
     * looks it up (an unexpired answer is kept: {@link KeyKept}); else stores the booking or its
     * rejection as that method does and keeps the key with it (a {@link KeptAnswer#booking()}), so
     * there is never one without the other. Over the seat limit nothing is stored, the key neither,
     * and {@link SeatLimitReachedException} is thrown.
     */
    KeyedAddition addAllocatingSeats(Booking candidate, int seatLimit, Instant now, KeyToKeep key);

    /** Stores the new state of a booking read in the same unit of work, appending its new history. */
    void update(Booking booking);

    Optional<Booking> findById(BookingId id);

    /**
     * Up to {@code limit} bookings of {@code owner}, newest first (ties by id), starting after
     * {@code after} (null: from the newest). As stored: holds past their deadline may still be PENDING.
     */
    List<Booking> findByOwner(AccountId owner, BookingCursor after, int limit);

    /**
     * The booking, locked until the unit of work ends, so that concurrent confirm, cancel and
     * expiry of one booking take turns.
     */
    Optional<Booking> findByIdForUpdate(BookingId id);

    /**
     * Up to {@code limit} PENDING holds whose deadline is not after {@code now}, locked until the unit
     * of work ends. Holds locked by another unit of work are skipped rather than waited for, so
     * several expiry runs at once share the work and never handle the same hold twice.
     */
    List<Booking> lockExpiredHolds(Instant now, int limit);

    /**
     * Deletes up to {@code limit} FAILED bookings that failed before {@code failedBefore}, with their
     * history, as one atomic unit of its own, and adds them to their shows' totals of deleted
     * bookings ({@link #totals}). Bookings locked by another unit of work are skipped. Returns how
     * many were deleted.
     */
    int deleteFailedBefore(Instant failedBefore, int limit);

    /** How many bookings of the show there are by status, counting FAILED ones deleted already. */
    BookingTotals totals(ShowId showId);

    /**
     * Up to {@code limit} PENDING or CONFIRMED bookings of the show, if it is cancelled (none
     * otherwise), newest first (ties by id, the
     * greater first), after {@code after} in that order (null: from the newest), locked until the
     * unit of work ends. Bookings locked by another unit of work are skipped rather than waited for.
     */
    List<Booking> lockLiveOfShow(ShowId showId, BookingCursor after, int limit);

    /** How many bookings of the show are PENDING or CONFIRMED, as committed. */
    long countLiveOfShow(ShowId showId);

    /** Whether anyone ever booked, held or tried to book a seat of the show (failed attempts deleted since included). */
    boolean anyOfShow(ShowId showId);

    /**
     * Up to {@code limit} bookings of the query's show that match its filters, newest first (ties by
     * id, the greater first), after its cursor.
     */
    List<ShowBooking> findOfShow(ListShowBookingsQuery query, int limit);

    /** How many bookings of the query's show match its filters (its cursor aside). */
    long countOfShow(ListShowBookingsQuery query);
}
