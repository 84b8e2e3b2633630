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
     * The show as stored now, locked until the unit of work ends against other changes of it (edits,
     * cancellations), but not against bookings: they go on meanwhile.
     */
    Optional<Show> findByIdForChange(ShowId id);

    /**
     * The show as stored now, locked until the unit of work ends against bookings too: a booking of it
     * that is under way finishes first, and one that comes later waits, then sees the show as this
     * unit of work left it. (Once a show is cancelled, new bookings are refused without waiting, so
     * this lock is never starved by a stream of them.)
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
     * Records how many live bookings a cancelled show had once the bookings under way at its
     * cancellation finished ({@code live}, counted under {@link #findByIdForUpdate}): its bookings to
     * cancel are those plus any a cascade cancelled already.
     */
    void startCancellation(ShowId id, long live);

    /** Adds {@code count} to the bookings the show's cancellation has cancelled so far (and to those to cancel, if it had fewer). */
    void countCancelled(ShowId id, int count);

    /** Marks the show's cancellation completed at {@code now}: none of its bookings is live any more. */
    void completeCancellation(ShowId id, Instant now);

    /** How far the cancellation of the show has got; empty when it is not cancelled (or does not exist). */
    Optional<Cancellation> cancellation(ShowId id);

    /** Up to {@code limit} cancelled shows whose cancellation has not completed, those cancelled first first. */
    List<ShowId> unfinishedCancellations(int limit);
}
