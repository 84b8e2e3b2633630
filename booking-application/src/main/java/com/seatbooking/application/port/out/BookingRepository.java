package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import java.time.Instant;
import java.util.List;
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
     */
    Booking addAllocatingSeats(Booking candidate, Instant now);

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
}
