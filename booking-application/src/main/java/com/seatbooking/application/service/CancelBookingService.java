package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.CancelBookingUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class CancelBookingService implements CancelBookingUseCase {

    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final UnitOfWork unitOfWork;
    private final BookingEvents events;
    private final Clock clock;
    private final Owners owners;

    public CancelBookingService(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts,
            BookingSettings settings) {
        this.bookings = bookings;
        this.allocations = allocations;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.owners = new Owners(accounts, settings.holdRules());
    }

    @Override
    public BookingDetails cancel(BookingCommand command) {
        Actor actor = command.actor().requireSignedIn();
        BookingId bookingId = command.bookingId();
        Instant now = clock.instant();
        BookingChange change = unitOfWork.inTransaction(() -> {
            Booking booking = bookings.findByIdForUpdate(bookingId).filter(actor::mayAccess)
                    .orElseThrow(() -> new BookingNotFoundException(bookingId));
            Booking cancelled = booking.cancel(now);
            if (cancelled == booking) {
                return BookingChange.none(booking);
            }
            allocations.release(List.of(booking.allocation()));
            bookings.update(cancelled);
            return BookingChange.to(cancelled);
        });
        return owners.details(change.publishTo(events), actor);
    }
}
