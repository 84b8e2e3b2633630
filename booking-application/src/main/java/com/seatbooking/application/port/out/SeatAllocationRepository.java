package com.seatbooking.application.port.out;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Who holds which seat. Guards the invariant that at any moment a seat of a show belongs to at
 * most one active allocation, however many callers race for it. Seats are claimed together with
 * their booking, by {@link BookingRepository#addClaimingSeats}.
 */
public interface SeatAllocationRepository {

    /**
     * Turns the hold's claim into a firm one, provided it still holds every one of its seats at
     * {@code now}; returns false, changing nothing, if it does not.
     */
    boolean makeFirm(SeatAllocation hold, Instant now);

    /**
     * Frees the seats these allocations still claim. A seat that a newer claim has taken over (its
     * hold had expired) stays with its new owner.
     */
    void release(Collection<SeatAllocation> allocations);

    /** The seats of the show that are actively claimed at {@code now}. */
    SeatNumbers reservedSeats(ShowId showId, Instant now);

    /** How many seats of each show are actively claimed at {@code now}; shows with none may be absent. */
    Map<ShowId, Integer> reservedCounts(Instant now);
}
