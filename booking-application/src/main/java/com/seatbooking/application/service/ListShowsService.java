package com.seatbooking.application.service;

import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public final class ListShowsService implements ListShowsUseCase {

    private final ShowRepository shows;
    private final SeatAllocationRepository allocations;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final BookingSettings settings;

    public ListShowsService(ShowRepository shows, SeatAllocationRepository allocations, UnitOfWork unitOfWork, Clock clock,
            BookingSettings settings) {
        this.shows = shows;
        this.allocations = allocations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public List<ShowSummary> listShows() {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            List<Show> all = shows.findAllByStartTime();
            Map<ShowId, Integer> reserved = allocations.reservedCounts(now);
            return all.stream().map(show -> new ShowSummary(show, reserved.getOrDefault(show.id(), 0),
                    show.seatLimit(settings.maxSeatsPerCustomer()))).toList();
        });
    }
}
