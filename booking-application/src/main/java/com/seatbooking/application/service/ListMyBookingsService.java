package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.ListMyBookingsQuery;
import com.seatbooking.application.port.in.ListMyBookingsUseCase;
import com.seatbooking.application.port.in.MyBookingsPage;
import com.seatbooking.application.port.in.OwnBooking;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.booking.Booking;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A page of one's own bookings: one more than asked for is read, to know whether another page follows. */
public final class ListMyBookingsService implements ListMyBookingsUseCase {

    private final BookingRepository bookings;
    private final ShowRepository shows;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final BookingSettings settings;

    public ListMyBookingsService(BookingRepository bookings, ShowRepository shows, UnitOfWork unitOfWork, Clock clock,
            BookingSettings settings) {
        this.bookings = bookings;
        this.shows = shows;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public MyBookingsPage listMyBookings(ListMyBookingsQuery query) {
        Actor actor = query.actor().requireSignedIn();
        Instant now = clock.instant();
        List<Booking> found = unitOfWork.inTransaction(() -> bookings.findByOwner(actor.id(), query.after(), query.limit() + 1));
        boolean more = found.size() > query.limit();
        List<Booking> page = more ? found.subList(0, query.limit()) : found;
        List<OwnBooking> own = page.stream()
                .map(booking -> new OwnBooking(booking.asOf(now), shows.findById(booking.showId())
                        .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " of an unknown show"))))
                .toList();
        return new MyBookingsPage(own, more ? Optional.of(BookingCursor.after(page.get(page.size() - 1))) : Optional.empty(),
                settings.holdRules());
    }
}
