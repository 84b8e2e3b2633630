package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shows. Readers may be served a show as it was a moment ago (implementations may cache what they
 * read for a short while); what must be exact reads {@link #findByIdForUpdate}, and the store
 * itself refuses bookings of a cancelled or started show ({@link BookingRepository#addAllocatingSeats}).
 */
public interface ShowRepository {

    void add(Show show);

    /** The show, possibly as it was a moment ago. */
    Optional<Show> findById(ShowId id);

    /**
     * The show as stored now, locked until the unit of work ends: a booking of it that is under way
     * finishes first, and one that comes later waits, then sees the show as this unit of work left it.
     */
    Optional<Show> findByIdForUpdate(ShowId id);

    /**
     * Stores a show read in the same unit of work and changed by its verbs, provided the stored one is
     * still at {@link Show#version()}; returns it at its new version (one more). Throws
     * {@link ConcurrentShowChangeException} when the stored show is at another version.
     */
    Show update(Show show);

    /** Every show, by start time, then name. */
    List<Show> findAllByStartTime();

    /** Up to {@code limit} shows the query matches, in its order, after its cursor. */
    List<Show> findPage(ListShowsQuery query, Instant now, int limit);

    /**
     * Starts the record of a show's cancellation (in the unit of work that cancels it): how many live
     * bookings it has to cancel.
     */
    void startCancellation(ShowId id, long bookingsToCancel);

    /** Adds {@code count} to the bookings the show's cancellation has cancelled so far. */
    void countCancelled(ShowId id, int count);

    /** Marks the show's cancellation completed at {@code now}: none of its bookings is live any more. */
    void completeCancellation(ShowId id, Instant now);

    /** How far the cancellation of the show has got; empty when it is not cancelled (or does not exist). */
    Optional<Cancellation> cancellation(ShowId id);

    /** Up to {@code limit} cancelled shows whose cancellation has not completed, those cancelled first first. */
    List<ShowId> unfinishedCancellations(int limit);
}
