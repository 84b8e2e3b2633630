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
 * Cancels a show in one short unit of work: under the show's lock (a booking under way finishes
 * first, later ones are refused by the store), it becomes CANCELLED and its live bookings are
 * counted. Cancelling those bookings is {@link CompleteCancellationsService}'s work, batch by batch.
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
        return unitOfWork.inTransaction(() -> {
            Show show = shows.findByIdForUpdate(id).orElseThrow(() -> new ShowNotFoundException(id));
            if (show.isCancelled()) {
                return new ShowCancellation(shows.cancellation(id).orElseThrow(
                        () -> new IllegalStateException("show " + id + " is cancelled without a record of its cancellation")), false);
            }
            shows.update(show.cancel(now));
            // counted under the show's lock: every booking that got in is committed, and no other can
            long live = bookings.countLiveOfShow(id);
            shows.startCancellation(id, live);
            if (live == 0) {
                shows.completeCancellation(id, now);
            }
            return new ShowCancellation(new Cancellation(id, now, live, 0, live == 0 ? now : null), true);
        });
    }

    @Override
    public Cancellation progress(ShowCommand command) {
        command.actor().requireAdmin("see a show's cancellation");
        ShowId id = command.showId();
        shows.findById(id).orElseThrow(() -> new ShowNotFoundException(id));
        return shows.cancellation(id).orElseThrow(() -> new ShowNotCancelledException(id));
    }
}
