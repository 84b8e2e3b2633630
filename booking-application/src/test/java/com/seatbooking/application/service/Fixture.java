package com.seatbooking.application.service;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.ProvideFirstAdminCommand;
import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.show.Show;
import com.seatbooking.testing.FakePasswordHasher;
import com.seatbooking.testing.MutableClock;
import com.seatbooking.testing.RecordingBookingEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Every service wired to fresh in-memory adapters, a clock that only moves when told, and recorded
 * events; with three accounts: the customers alice and bob, and an admin.
 */
final class Fixture {

    static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    static final Duration TTL = Duration.ofMinutes(2);
    static final String PASSWORD = "correct horse battery";

    final MutableClock clock = new MutableClock(START);
    final InMemoryAdapters adapters = new InMemoryAdapters();
    final RecordingBookingEvents events = new RecordingBookingEvents();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final BookingSettings settings;

    final CreateShowService createShow;
    final ListShowsService listShows;
    final GetShowService getShow;
    final BookSeatsService bookSeats;
    final ConfirmBookingService confirm;
    final CancelBookingService cancel;
    final GetBookingService getBooking;
    final ExpireHoldsService expireHolds;
    final RegisterAccountService register;
    final LogInService logIn;
    final ProvideFirstAdminService firstAdmin;
    final ListMyBookingsService myBookings;
    final ExtendHoldService extendHold;

    final Actor alice;
    final Actor bob;
    final Actor admin;

    Fixture() {
        this(BookingSettings.of(TTL, 4, 2, Show.MAX_SEATS), true);
    }

    Fixture(BookingSettings settings) {
        this(settings, true);
    }

    /** Without the admin account, when {@code withAdmin} is false (then {@link #admin} is null). */
    Fixture(boolean withAdmin) {
        this(BookingSettings.of(TTL, 4, 2, Show.MAX_SEATS), withAdmin);
    }

    private Fixture(BookingSettings settings, boolean withAdmin) {
        this.settings = settings;
        var shows = adapters.shows();
        var bookings = adapters.bookings();
        var allocations = adapters.allocations();
        var accounts = adapters.accounts();
        var tx = adapters.unitOfWork();
        createShow = new CreateShowService(shows, tx, clock, settings);
        listShows = new ListShowsService(shows, allocations, tx, clock, settings);
        getShow = new GetShowService(shows, allocations, clock, settings);
        bookSeats = new BookSeatsService(shows, bookings, events, clock, settings);
        confirm = new ConfirmBookingService(bookings, allocations, tx, events, clock, accounts, shows, settings);
        cancel = new CancelBookingService(bookings, allocations, tx, events, clock, accounts, settings);
        getBooking = new GetBookingService(bookings, tx, clock, accounts, settings);
        expireHolds = new ExpireHoldsService(bookings, allocations, tx, events, clock, settings);
        register = new RegisterAccountService(accounts, hasher, tx, clock);
        logIn = new LogInService(accounts, hasher);
        firstAdmin = new ProvideFirstAdminService(accounts, hasher, tx, clock);
        myBookings = new ListMyBookingsService(bookings, shows, tx, clock, settings);
        extendHold = new ExtendHoldService(bookings, allocations, tx, events, clock, accounts, shows, settings);

        alice = customer("alice", "Alice A.");
        bob = customer("bob", "Bob B.");
        if (withAdmin) {
            firstAdmin.provideFirstAdmin(new ProvideFirstAdminCommand(new Username("admin"), Password.of(PASSWORD), false));
            admin = Actor.of(adapters.accounts().findByUsername(new Username("admin")).orElseThrow());
        } else {
            admin = null;
        }
    }

    Actor customer(String username, String displayName) {
        return Actor.of(register.register(RegisterAccountCommand.of(username, PASSWORD, displayName)));
    }

    Show show(int seats) {
        return createShow.createShow(CreateShowCommand.of(admin, "Show " + seats, START.plus(Duration.ofDays(10)), seats)).show();
    }

    /** Alice books. */
    Booking book(Show show, Integer... seats) {
        return book(alice, show, seats);
    }

    Booking book(Actor actor, Show show, Integer... seats) {
        return bookSeats.book(command(actor, show, seats)).booking();
    }

    /** Alice holds. */
    Booking hold(Show show, Integer... seats) {
        return hold(alice, show, seats);
    }

    Booking hold(Actor actor, Show show, Integer... seats) {
        return bookSeats.hold(command(actor, show, seats)).booking();
    }

    /** As Alice. */
    Booking confirm(BookingId id) {
        return confirm.confirm(new BookingCommand(alice, id)).booking();
    }

    /** As Alice. */
    Booking cancel(BookingId id) {
        return cancel.cancel(new BookingCommand(alice, id)).booking();
    }

    /** As Alice. */
    Booking get(BookingId id) {
        return getBooking.getBooking(new BookingCommand(alice, id)).booking();
    }

    static BookSeatsCommand command(Actor actor, Show show, Integer... seats) {
        return BookSeatsCommand.of(actor, show.id().toString(), "alice", List.copyOf(Arrays.asList(seats)));
    }

    int[] reserved(Show show) {
        return getShow.getShow(show.id()).seatMap().reserved().toArray();
    }
}
