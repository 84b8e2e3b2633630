package com.seatbooking.application.service;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.show.Show;
import com.seatbooking.testing.MutableClock;
import com.seatbooking.testing.RecordingBookingEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Every service wired to fresh in-memory adapters, a clock that only moves when told, and recorded events. */
final class Fixture {

    static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    static final Duration TTL = Duration.ofMinutes(2);

    final MutableClock clock = new MutableClock(START);
    final InMemoryAdapters adapters = new InMemoryAdapters();
    final RecordingBookingEvents events = new RecordingBookingEvents();
    final BookingSettings settings;

    final CreateShowService createShow;
    final ListShowsService listShows;
    final GetShowService getShow;
    final BookSeatsService bookSeats;
    final ConfirmBookingService confirm;
    final CancelBookingService cancel;
    final GetBookingService getBooking;
    final ExpireHoldsService expireHolds;

    Fixture() {
        this(new BookingSettings(TTL, 4, 2));
    }

    Fixture(BookingSettings settings) {
        this.settings = settings;
        var shows = adapters.shows();
        var bookings = adapters.bookings();
        var allocations = adapters.allocations();
        var tx = adapters.unitOfWork();
        createShow = new CreateShowService(shows, tx, clock);
        listShows = new ListShowsService(shows, allocations, tx, clock);
        getShow = new GetShowService(shows, allocations, clock, settings);
        bookSeats = new BookSeatsService(shows, bookings, events, clock, settings);
        confirm = new ConfirmBookingService(bookings, allocations, tx, events, clock);
        cancel = new CancelBookingService(bookings, allocations, tx, events, clock);
        getBooking = new GetBookingService(bookings, tx, clock);
        expireHolds = new ExpireHoldsService(bookings, allocations, tx, events, clock, settings);
    }

    Show show(int seats) {
        return createShow.createShow(CreateShowCommand.of("Show " + seats, START.plus(Duration.ofDays(10)), seats));
    }

    Booking book(Show show, Integer... seats) {
        return bookSeats.book(command(show, seats));
    }

    Booking hold(Show show, Integer... seats) {
        return bookSeats.hold(command(show, seats));
    }

    static BookSeatsCommand command(Show show, Integer... seats) {
        return BookSeatsCommand.of(show.id().toString(), "alice", List.copyOf(Arrays.asList(seats)));
    }

    int[] reserved(Show show) {
        return getShow.getShow(show.id()).seatMap().reserved().toArray();
    }
}
