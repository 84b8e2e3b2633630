package com.seatbooking.application.service;

import com.seatbooking.application.port.in.DescribeSeatsUseCase;
import com.seatbooking.application.port.in.SeatDescription;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;

/** Reads only the show, which adapters may serve from memory (shows never change): no round trip per answer. */
public final class DescribeSeatsService implements DescribeSeatsUseCase {

    private final ShowRepository shows;

    public DescribeSeatsService(ShowRepository shows) {
        this.shows = shows;
    }

    @Override
    public SeatDescription describe(ShowId showId, SeatNumbers seats) {
        return SeatDescription.of(shows.findById(showId).orElseThrow(() -> new ShowNotFoundException(showId)).seating(), seats);
    }
}
