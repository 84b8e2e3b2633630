package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.ConfirmBookingUseCase;
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

public final class ConfirmBookingService implements ConfirmBookingUseCase {

    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final ShowRepository shows;
    private final UnitOfWork unitOfWork;
    private final BookingEvents events;
    private final Clock clock;
    private final Owners owners;

    public ConfirmBookingService(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts, ShowRepository shows,
            BookingSettings settings) {
        this.bookings = bookings;
        this.allocations = allocations;
        this.shows = shows;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.owners = new Owners(accounts, settings.holdRules());
    }

    @Override
    public BookingDetails confirm(BookingCommand command) {
        Actor actor = command.actor().requireSignedIn();
        BookingId bookingId = command.bookingId();
        Instant now = clock.instant();
        BookingChange change = unitOfWork.inTransaction(() -> {
            Booking booking = bookings.findByIdForUpdate(bookingId).filter(actor::mayAccess)
                    .orElseThrow(() -> new BookingNotFoundException(bookingId));
            Booking confirmed = booking.confirm(now);
            if (confirmed == booking) {
                return BookingChange.none(booking);
            }
            // A cancelled show's bookings are being cancelled: its holds are refused at once (a hold
            // confirmed just before the cancellation is cancelled with the others).
            shows.findById(booking.showId()).ifPresent(show -> show.requireScheduled("its holds cannot be confirmed"));
            // The store has the last word: an allocation taken over by an instance whose clock already
            // saw the deadline pass means the hold is gone, whatever this clock says.
            if (!allocations.makeFirm(booking.allocation(), now)) {
                throw new HoldExpiredException(bookingId, booking.expiresAt());
            }
            bookings.update(confirmed);
            return BookingChange.to(confirmed);
        });
        return owners.details(change.publishTo(events), actor);
    }
}
