package com.seatbooking.application.port.out;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Who holds which seat. Guards the invariant that at any moment a seat of a show belongs to at
 * most one active allocation, however many callers race for it, and keeps each owner's count of
 * seats per show in step with the allocations ({@link BookingRepository#addAllocatingSeats}). Seats are allocated together with
 * their booking, by {@link BookingRepository#addAllocatingSeats}.
 */
public interface SeatAllocationRepository {

    /**
     * Turns the hold's allocation into a firm one, provided it still holds every one of its seats
     * at {@code now}; returns false, changing nothing, if it does not.
     */
    boolean makeFirm(SeatAllocation hold, Instant now);

    /**
     * Moves the deadline of the hold's allocation to {@code deadline}, provided it still holds every
     * one of its seats at {@code now}; returns false, changing nothing, if it does not.
     */
    boolean extend(SeatAllocation hold, Instant deadline, Instant now);

    /**
     * Frees the seats these allocations still hold. A seat that a newer allocation has taken over
     * (its hold had expired) stays with its new owner.
     */
    void release(Collection<SeatAllocation> allocations);

    /** The seats of the show that are actively allocated at {@code now}: its seat map's reserved seats. */
    SeatNumbers reservedSeats(ShowId showId, Instant now);

    /** The same seats, with the version of the seat map they were read at (see {@link SeatMapFeed}). */
    ReservedSeats reservedSeatsWithVersion(ShowId showId, Instant now);

    /** How many seats of each show are actively allocated at {@code now}; shows with none may be absent. */
    Map<ShowId, Integer> reservedCounts(Instant now);

    /** {@link #reservedCounts(Instant)} of these shows only (adapters read just those). */
    default Map<ShowId, Integer> reservedCounts(Collection<ShowId> shows, Instant now) {
        Map<ShowId, Integer> all = reservedCounts(now);
        Map<ShowId, Integer> some = new java.util.HashMap<>();
        shows.forEach(show -> {
            if (all.containsKey(show)) {
                some.put(show, all.get(show));
            }
        });
        return some;
    }
}
