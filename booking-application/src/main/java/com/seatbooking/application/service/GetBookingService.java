package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.GetBookingUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import java.time.Clock;
import java.time.Instant;

public final class GetBookingService implements GetBookingUseCase {

    private final BookingRepository bookings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Owners owners;

    public GetBookingService(BookingRepository bookings, UnitOfWork unitOfWork, Clock clock, AccountRepository accounts,
            BookingSettings settings) {
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.owners = new Owners(accounts, settings.holdRules());
    }

    /** Someone else's booking is answered exactly as one that does not exist: its id tells nothing. */
    @Override
    public BookingDetails getBooking(BookingCommand command) {
        Actor actor = command.actor().requireSignedIn();
        BookingId bookingId = command.bookingId();
        Instant now = clock.instant();
        Booking booking = unitOfWork.inTransaction(() -> bookings.findById(bookingId))
                .filter(actor::mayAccess)
                .orElseThrow(() -> new BookingNotFoundException(bookingId));
        return owners.details(booking.asOf(now), actor);
    }
}
