package com.seatbooking.application.service;

import com.seatbooking.application.port.in.ExpireHoldsUseCase;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.booking.Booking;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes down what is already true: holds past their deadline no longer block their seats (a new
 * allocation checks the deadline itself), so this job only records the failure and releases the
 * dead allocations. Correctness never waits for it.
 */
public final class ExpireHoldsService implements ExpireHoldsUseCase {

    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final UnitOfWork unitOfWork;
    private final BookingEvents events;
    private final Clock clock;
    private final BookingSettings settings;

    public ExpireHoldsService(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, BookingSettings settings) {
        this.bookings = bookings;
        this.allocations = allocations;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public int expireHolds() {
        int batchSize = settings.expiryBatchSize();
        int total = 0;
        List<Booking> batch;
        do {
            Instant now = clock.instant();
            batch = unitOfWork.inTransaction(() -> expireBatch(now, batchSize));
            batch.forEach(events::statusChanged);
            total += batch.size();
        } while (batch.size() == batchSize);
        return total;
    }

    private List<Booking> expireBatch(Instant now, int batchSize) {
        List<Booking> due = bookings.lockExpiredHolds(now, batchSize);
        if (due.isEmpty()) {
            return due;
        }
        allocations.release(due.stream().map(Booking::allocation).toList());
        List<Booking> expired = due.stream().map(hold -> hold.expire(now)).toList();
        expired.forEach(bookings::update);
        return expired;
    }
}
