package com.seatbooking.application.service;

import com.seatbooking.application.port.in.EditShowCommand;
import com.seatbooking.application.port.in.EditShowUseCase;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.in.ShowVersionMismatchException;
import com.seatbooking.application.port.in.ShowVersionRequiredException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ConcurrentShowChangeException;
import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;

/**
 * Edits a show under its lock against other changes ({@link ShowRepository#findByIdForChange}), so
 * the version the editor saw is compared with the one stored, not with a cached copy. A new seat
 * count also takes the lock against bookings ({@link ShowRepository#findByIdForUpdate}), so "nothing
 * was ever booked" still holds when it is stored: the booking statement reads the new count.
 */
public final class EditShowService implements EditShowUseCase {

    private final ShowRepository shows;
    private final BookingRepository bookings;
    private final SeatAllocationRepository allocations;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final BookingSettings settings;

    public EditShowService(ShowRepository shows, BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            Clock clock, BookingSettings settings) {
        this.shows = shows;
        this.bookings = bookings;
        this.allocations = allocations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ShowDetails edit(EditShowCommand command) {
        command.actor().requireAdmin("edit shows");
        if (command.expectedVersion() == null) {
            throw new ShowVersionRequiredException();
        }
        ShowId id = command.showId();
        Instant now = clock.instant();
        Show stored;
        try {
            stored = unitOfWork.inTransaction(() -> {
                Show show = shows.findByIdForChange(id).orElseThrow(() -> new ShowNotFoundException(id));
                if (show.version() != command.expectedVersion()) {
                    throw new ShowVersionMismatchException(id, command.expectedVersion(), show.version());
                }
                Show changed = show;
                if (command.name() != null) {
                    changed = changed.rename(command.name());
                }
                if (command.startTime() != null) {
                    changed = changed.reschedule(command.startTime(), now);
                }
                if (command.totalSeats() != null && command.totalSeats() != show.totalSeats()) {
                    // asked first without waiting (a show being booked refuses at once); only a show without
                    // bookings takes the lock against them, so that none gets in before the new count is stored
                    boolean everBooked = bookings.anyOfShow(id) || (shows.findByIdForUpdate(id).isPresent() && bookings.anyOfShow(id));
                    changed = changed.resize(command.totalSeats(), everBooked);
                }
                return changed == show ? show : shows.update(changed);
            });
        } catch (ConcurrentShowChangeException changed) {
            // another edit got in between the read and the write (the lock makes that rare): as stale as any
            throw new ShowVersionMismatchException(id, command.expectedVersion(), -1);
        }
        ReservedSeats reserved = allocations.reservedSeatsWithVersion(id, clock.instant());
        return new ShowDetails(stored, SeatMap.of(stored, reserved.seats()), settings.maxSeatsPerBooking(),
                stored.seatLimit(settings.maxSeatsPerCustomer()), settings.holdTtl(), reserved.version());
    }
}
