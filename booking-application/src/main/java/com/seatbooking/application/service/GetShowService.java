package com.seatbooking.application.service;

import com.seatbooking.application.port.in.GetShowUseCase;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;

public final class GetShowService implements GetShowUseCase {

    private final ShowRepository shows;
    private final SeatAllocationRepository allocations;
    private final Clock clock;
    private final BookingSettings settings;

    public GetShowService(ShowRepository shows, SeatAllocationRepository allocations, Clock clock, BookingSettings settings) {
        this.shows = shows;
        this.allocations = allocations;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Two reads and no unit of work: the show never changes, so reading it apart from its seats is
     * consistent, and the seats are one read (which adapters may serve from a cache).
     */
    @Override
    public ShowDetails getShow(ShowId showId) {
        Instant now = clock.instant();
        Show show = shows.findById(showId).orElseThrow(() -> new ShowNotFoundException(showId));
        ReservedSeats reserved = allocations.reservedSeatsWithVersion(showId, now);
        return new ShowDetails(show, SeatMap.of(show, reserved.seats()), settings.maxSeatsPerBooking(),
                show.seatLimit(settings.maxSeatsPerCustomer()), settings.holdTtl(), reserved.version());
    }
}
