package com.seatbooking.application.service;

import com.seatbooking.application.port.in.FollowSeatMapQuery;
import com.seatbooking.application.port.in.FollowSeatMapUseCase;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapListener;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Subscribes first, then reads: a change made between the two is held by the relay and passed on
 * after the read only if the read did not already hold it (its version is greater). A follower
 * that names the version it has gets what changed since, when the feed can still tell; else a
 * snapshot, like a new follower.
 */
public final class FollowSeatMapService implements FollowSeatMapUseCase {

    private final ShowRepository shows;
    private final SeatAllocationRepository allocations;
    private final SeatMapFeed feed;
    private final Clock clock;

    public FollowSeatMapService(ShowRepository shows, SeatAllocationRepository allocations, SeatMapFeed feed, Clock clock) {
        this.shows = shows;
        this.allocations = allocations;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public Following follow(FollowSeatMapQuery query, SeatMapListener listener) {
        Show show = shows.findById(query.showId()).orElseThrow(() -> new ShowNotFoundException(query.showId()));
        SeatMapRelay relay = new SeatMapRelay(listener);
        SeatMapFeed.Subscription subscription = feed.subscribe(show.id(), relay);
        try {
            Optional<List<SeatMapChange>> missed = query.lastSeenVersion().isPresent()
                    ? feed.changesSince(show.id(), query.lastSeenVersion().getAsLong())
                    : Optional.empty();
            if (missed.isPresent()) {
                relay.resumeAfter(query.lastSeenVersion().getAsLong(), missed.get());
            } else {
                ReservedSeats reserved = allocations.reservedSeatsWithVersion(show.id(), clock.instant());
                relay.startWith(new SeatMapSnapshot(show, SeatMap.of(show, reserved.seats()), reserved.version()));
            }
        } catch (RuntimeException failure) {
            subscription.cancel();
            throw failure;
        }
        return subscription::cancel;
    }
}
