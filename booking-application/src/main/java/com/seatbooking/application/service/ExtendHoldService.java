package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.ExtendHoldUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.HoldExpiredException;
import java.time.Clock;
import java.time.Instant;

/**
 * More time for a hold. The booking's new deadline and its seat allocation's move together, in one
 * unit of work with the booking locked, so the seats really stay held until the new deadline: a
 * new allocation only takes over a hold whose allocation's deadline has passed.
 */
public final class ExtendHoldService implements ExtendHoldUseCase {

    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final ShowRepository shows;
    private final UnitOfWork unitOfWork;
    private final BookingEvents events;
    private final Clock clock;
    private final BookingSettings settings;
    private final Owners owners;

    public ExtendHoldService(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts, ShowRepository shows, BookingSettings settings) {
        this.bookings = bookings;
        this.allocations = allocations;
        this.shows = shows;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.owners = new Owners(accounts, settings.holdRules());
    }

    @Override
    public BookingDetails extend(BookingCommand command) {
        Actor actor = command.actor().requireSignedIn();
        BookingId bookingId = command.bookingId();
        Instant now = clock.instant();
        Booking extended = unitOfWork.inTransaction(() -> {
            Booking hold = bookings.findByIdForUpdate(bookingId).filter(actor::mayAccess)
                    .orElseThrow(() -> new BookingNotFoundException(bookingId));
            // A cancelled show's bookings are being cancelled: its holds are refused at once (a hold
            // confirmed just before the cancellation is cancelled with the others).
            shows.findById(hold.showId()).ifPresent(show -> show.requireScheduled("its holds cannot be extended"));
            Booking longer = hold.extend(now, settings.holdRules());
            // The store has the last word, as on confirm: seats taken over by an instance whose clock
            // already saw the deadline pass are gone, whatever this clock says.
            if (!allocations.extend(hold.allocation(), longer.expiresAt(), now)) {
                throw new HoldExpiredException(bookingId, hold.expiresAt());
            }
            bookings.update(longer);
            return longer;
        });
        events.statusChanged(extended);
        return owners.details(extended, actor);
    }
}
