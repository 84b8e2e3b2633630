package com.seatbooking.application.service;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.CompleteCancellationsUseCase;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The cascade of a show's cancellation, as the expiry of holds does it: each batch is one unit of
 * work that locks up to {@code batchSize} live bookings of the show (skipping those locked
 * elsewhere, such as by a customer's cancel or another run of this), frees their seats through the
 * seat allocations (which keeps the customers' seat counts and the live seat map's log right), and
 * cancels them with reason SHOW_CANCELLED. Nothing holds a lock across batches, and a stop between
 * two loses nothing: the next run finds the bookings still live.
 */
public final class CompleteCancellationsService implements CompleteCancellationsUseCase {

    /** Shows one {@link #completeAll} looks at. */
    static final int SHOWS_PER_RUN = 100;

    private final ShowRepository shows;
    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final UnitOfWork unitOfWork;
    private final BookingEvents events;
    private final Clock clock;
    private final int batchSize;

    public CompleteCancellationsService(ShowRepository shows, BookingRepository bookings, SeatAllocationRepository allocations,
            UnitOfWork unitOfWork, BookingEvents events, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.shows = shows;
        this.bookings = bookings;
        this.allocations = allocations;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public int complete(ShowId showId) {
        int total = 0;
        // walks the show's live bookings newest first; a pass that ends short starts again from the
        // newest, for those it skipped because someone else held them
        BookingCursor after = null;
        while (true) {
            Instant now = clock.instant();
            BookingCursor from = after;
            List<Booking> batch = unitOfWork.inTransaction(() -> cancelBatch(showId, from, now));
            batch.forEach(events::statusChanged);
            total += batch.size();
            if (batch.size() == batchSize) {
                Booking last = batch.get(batch.size() - 1);
                after = new BookingCursor(last.createdAt(), last.id());
                continue;
            }
            boolean completed = unitOfWork.inTransaction(() -> {
                // under the show's lock: a booking still under way from before the cancellation has finished
                shows.findByIdForUpdate(showId);
                if (bookings.countLiveOfShow(showId) > 0) {
                    return false;
                }
                shows.completeCancellation(showId, clock.instant());
                return true;
            });
            if (completed || (batch.isEmpty() && after == null)) {
                // done, or only bookings someone else holds right now are left: the next run finishes
                return total;
            }
            after = null;
        }
    }

    @Override
    public int completeAll() {
        int total = 0;
        for (ShowId showId : unitOfWork.inTransaction(() -> shows.unfinishedCancellations(SHOWS_PER_RUN))) {
            total += complete(showId);
        }
        return total;
    }

    private List<Booking> cancelBatch(ShowId showId, BookingCursor after, Instant now) {
        List<Booking> live = bookings.lockLiveOfShow(showId, after, batchSize);
        if (live.isEmpty()) {
            return live;
        }
        allocations.release(live.stream().map(Booking::allocation).toList());
        List<Booking> cancelled = live.stream().map(booking -> booking.cancelWithShow(now)).toList();
        cancelled.forEach(bookings::update);
        shows.countCancelled(showId, cancelled.size());
        return cancelled;
    }
}
