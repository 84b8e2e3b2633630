package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookSeatsUseCase;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.HoldSeatsUseCase;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;

/**
 * The hot path. Reads the show (immutable, so adapters may serve it from a cache), lets the domain
 * check the command against it, then hands the candidate booking to one atomic repository call
 * that allocates every seat or none and stores the booking either way: CONFIRMED or PENDING when
 * the seats were allocated, FAILED naming the taken seats when they were not. The same call keeps
 * each customer within the show's per-customer seat limit, counted by the store itself, so parallel
 * requests of one customer cannot pass it together. That call is the use case's whole transaction,
 * so it needs no unit of work around it. The booking belongs to the
 * signed-in actor; who that is was settled by the driving adapter, so it costs no lookup here.
 */
public final class BookSeatsService implements BookSeatsUseCase, HoldSeatsUseCase {

    private final ShowRepository shows;
    private final BookingRepository bookings;
    private final BookingEvents events;
    private final Clock clock;
    private final BookingSettings settings;

    public BookSeatsService(ShowRepository shows, BookingRepository bookings, BookingEvents events, Clock clock,
            BookingSettings settings) {
        this.shows = shows;
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public BookingDetails book(BookSeatsCommand command) {
        return place(command, false);
    }

    @Override
    public BookingDetails hold(BookSeatsCommand command) {
        return place(command, true);
    }

    private BookingDetails place(BookSeatsCommand command, boolean hold) {
        Actor actor = command.actor().requireSignedIn();
        int cap = settings.maxSeatsPerBooking();
        if (command.seats().size() > cap) {
            throw InvalidCommandException.of("seats", "at most " + cap + " seats per booking, got " + command.seats().size());
        }
        Instant now = clock.instant();
        Show show = shows.findById(command.showId()).orElseThrow(() -> new ShowNotFoundException(command.showId()));
        show.requireSeatsExist(command.seats());
        show.requireOpenForBooking(now);
        Booking candidate = hold
                ? Booking.hold(BookingId.random(), show.id(), actor.id(), command.userName(), command.seats(), now,
                        now.plus(settings.holdTtl()))
                : Booking.book(BookingId.random(), show.id(), actor.id(), command.userName(), command.seats(), now);
        // admins (the box office) are not limited; everyone's seats are counted all the same
        int limit = actor.isAdmin() ? Show.MAX_SEATS : show.seatLimit(settings.maxSeatsPerCustomer());
        Booking stored;
        try {
            stored = bookings.addAllocatingSeats(candidate, limit, now);
        } catch (SeatLimitReachedException refused) {
            events.seatLimitReached(refused);
            throw refused;
        }
        events.statusChanged(stored);
        return new BookingDetails(stored, actor.username(), settings.holdRules());
    }
}
