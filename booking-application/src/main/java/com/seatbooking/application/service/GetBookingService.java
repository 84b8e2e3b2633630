package com.seatbooking.application.service;

import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.GetBookingUseCase;
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

    public GetBookingService(BookingRepository bookings, UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Booking getBooking(BookingId bookingId) {
        Instant now = clock.instant();
        Booking booking = unitOfWork.inTransaction(() -> bookings.findById(bookingId))
                .orElseThrow(() -> new BookingNotFoundException(bookingId));
        return booking.asOf(now);
    }
}
