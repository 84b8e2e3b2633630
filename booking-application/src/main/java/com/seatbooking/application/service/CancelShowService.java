package com.seatbooking.application.service;

import com.seatbooking.application.port.in.CancelShowUseCase;
import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.GetCancellationUseCase;
import com.seatbooking.application.port.in.ShowCancellation;
import com.seatbooking.application.port.in.ShowCommand;
import com.seatbooking.application.port.in.ShowNotCancelledException;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;

/**
 * Cancels a show in two short units of work. The first makes it CANCELLED without waiting for
 * bookings ({@link ShowRepository#findByIdForChange}): from its commit on, the store refuses new
 * bookings of the show without locking anything. The second takes the show's lock against bookings
 * ({@link ShowRepository#findByIdForUpdate}), which waits only for the bookings that were under way
 * at the cancellation (none can join them any more, so a stream of bookings cannot starve it), and
 * counts the live ones. Cancelling those is {@link CompleteCancellationsService}'s work, batch by
 * batch. (Taking the lock first, in one unit of work, would wait for a gap in the stream of
 * bookings, which a flash sale may never leave.)
 */
public final class CancelShowService implements CancelShowUseCase, GetCancellationUseCase {

    private final ShowRepository shows;
    private final BookingRepository bookings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CancelShowService(ShowRepository shows, BookingRepository bookings, UnitOfWork unitOfWork, Clock clock) {
        this.shows = shows;
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ShowCancellation cancel(ShowCommand command) {
        command.actor().requireAdmin("cancel shows");
        ShowId id = command.showId();
        Instant now = clock.instant();
        boolean cancelledNow = unitOfWork.inTransaction(() -> {
            Show show = shows.findByIdForChange(id).orElseThrow(() -> new ShowNotFoundException(id));
            if (show.isCancelled()) {
                return false;
            }
            shows.update(show.cancel(now));
            return true;
        });
        if (!cancelledNow) {
            return new ShowCancellation(progressOf(id), false);
        }
        return unitOfWork.inTransaction(() -> {
            shows.findByIdForUpdate(id);
            // counted under the show's lock: every booking that got in is committed, and no other can
            long live = bookings.countLiveOfShow(id);
            shows.startCancellation(id, live);
            if (live == 0) {
                shows.completeCancellation(id, clock.instant());
            }
            return new ShowCancellation(progressOf(id), true);
        });
    }

    private Cancellation progressOf(ShowId id) {
        return shows.cancellation(id).orElseThrow(() -> new IllegalStateException("show " + id + " is cancelled without its cancellation"));
    }

    @Override
    public Cancellation progress(ShowCommand command) {
        command.actor().requireAdmin("see a show's cancellation");
        ShowId id = command.showId();
        shows.findById(id).orElseThrow(() -> new ShowNotFoundException(id));
        return shows.cancellation(id).orElseThrow(() -> new ShowNotCancelledException(id));
    }
}
