package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.GetShowTotalsUseCase;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;

/** Reporting that survives the clean-up: what is stored, plus the totals of what was deleted. */
public final class GetShowTotalsService implements GetShowTotalsUseCase {

    private final ShowRepository shows;
    private final BookingRepository bookings;

    public GetShowTotalsService(ShowRepository shows, BookingRepository bookings) {
        this.shows = shows;
        this.bookings = bookings;
    }

    @Override
    public BookingTotals totals(Actor actor, ShowId showId) {
        actor.requireAdmin("see a show's booking totals");
        shows.findById(showId).orElseThrow(() -> new ShowNotFoundException(showId));
        return bookings.totals(showId);
    }
}
