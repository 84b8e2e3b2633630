package com.seatbooking.application.service;

import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.ShowCursor;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.application.port.in.ShowsPage;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page of shows: one more than asked for is read, to know whether another page follows; seat counts of that page only. */
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
    public ShowsPage listShows(ListShowsQuery query) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            List<Show> found = shows.findPage(query, now, query.limit() + 1);
            boolean more = found.size() > query.limit();
            List<Show> page = more ? found.subList(0, query.limit()) : found;
            Map<ShowId, Integer> reserved = page.isEmpty() ? Map.of() : allocations.reservedCounts(page.stream().map(Show::id).toList(), now);
            List<ShowSummary> summaries = page.stream().map(show -> new ShowSummary(show, reserved.getOrDefault(show.id(), 0),
                    show.seatLimit(settings.maxSeatsPerCustomer()))).toList();
            return new ShowsPage(summaries, more ? Optional.of(ShowCursor.after(page.get(page.size() - 1))) : Optional.empty());
        });
    }
}
