package com.seatbooking.bootstrap;

import com.seatbooking.application.port.in.BookSeatsUseCase;
import com.seatbooking.application.port.in.CancelBookingUseCase;
import com.seatbooking.application.port.in.ConfirmBookingUseCase;
import com.seatbooking.application.port.in.CreateShowUseCase;
import com.seatbooking.application.port.in.ExpireHoldsUseCase;
import com.seatbooking.application.port.in.FollowSeatMapUseCase;
import com.seatbooking.application.port.in.GetBookingUseCase;
import com.seatbooking.application.port.in.GetShowUseCase;
import com.seatbooking.application.port.in.HoldSeatsUseCase;
import com.seatbooking.application.port.in.ListMyBookingsUseCase;
import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.LogInUseCase;
import com.seatbooking.application.port.in.ProvideFirstAdminUseCase;
import com.seatbooking.application.port.in.RegisterAccountUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CancelBookingService;
import com.seatbooking.application.service.ConfirmBookingService;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.ExpireHoldsService;
import com.seatbooking.application.service.FollowSeatMapService;
import com.seatbooking.application.service.GetBookingService;
import com.seatbooking.application.service.GetShowService;
import com.seatbooking.application.service.ListMyBookingsService;
import com.seatbooking.application.service.ListShowsService;
import com.seatbooking.application.service.LogInService;
import com.seatbooking.application.service.ProvideFirstAdminService;
import com.seatbooking.application.service.RegisterAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The composition root: the application's services are plain classes, built here from whichever
 * driven adapters CDI finds for their ports (PostgreSQL in production, in-memory in some tests).
 */
@ApplicationScoped
public class ServiceWiring {

    @Produces
    @Singleton
    Clock clock() {
        // milliseconds: what clients (JavaScript dates) and the database both keep exactly
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }

    @Produces
    @Singleton
    BookingSettings bookingSettings(BookingConfig config) {
        return config.settings();
    }

    @Produces
    @Singleton
    CreateShowUseCase createShow(ShowRepository shows, UnitOfWork unitOfWork, Clock clock) {
        return new CreateShowService(shows, unitOfWork, clock);
    }

    @Produces
    @Singleton
    ListShowsUseCase listShows(ShowRepository shows, SeatAllocationRepository allocations, UnitOfWork unitOfWork, Clock clock) {
        return new ListShowsService(shows, allocations, unitOfWork, clock);
    }

    @Produces
    @Singleton
    GetShowUseCase getShow(ShowRepository shows, SeatAllocationRepository allocations, Clock clock, BookingSettings settings) {
        return new GetShowService(shows, allocations, clock, settings);
    }

    @Produces
    @Singleton
    FollowSeatMapUseCase followSeatMap(ShowRepository shows, SeatAllocationRepository allocations, SeatMapFeed feed, Clock clock) {
        return new FollowSeatMapService(shows, allocations, feed, clock);
    }

    /** One service books and holds: both allocate seats the same way. */
    @Produces
    @Singleton
    @Typed({BookSeatsUseCase.class, HoldSeatsUseCase.class})
    BookSeatsService bookSeats(ShowRepository shows, BookingRepository bookings, BookingEvents events, Clock clock,
            BookingSettings settings) {
        return new BookSeatsService(shows, bookings, events, clock, settings);
    }

    @Produces
    @Singleton
    ConfirmBookingUseCase confirmBooking(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts) {
        return new ConfirmBookingService(bookings, allocations, unitOfWork, events, clock, accounts);
    }

    @Produces
    @Singleton
    CancelBookingUseCase cancelBooking(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts) {
        return new CancelBookingService(bookings, allocations, unitOfWork, events, clock, accounts);
    }

    @Produces
    @Singleton
    GetBookingUseCase getBooking(BookingRepository bookings, UnitOfWork unitOfWork, Clock clock, AccountRepository accounts) {
        return new GetBookingService(bookings, unitOfWork, clock, accounts);
    }

    @Produces
    @Singleton
    ListMyBookingsUseCase listMyBookings(BookingRepository bookings, ShowRepository shows, UnitOfWork unitOfWork, Clock clock) {
        return new ListMyBookingsService(bookings, shows, unitOfWork, clock);
    }

    @Produces
    @Singleton
    RegisterAccountUseCase registerAccount(AccountRepository accounts, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock) {
        return new RegisterAccountService(accounts, hasher, unitOfWork, clock);
    }

    @Produces
    @Singleton
    LogInUseCase logIn(AccountRepository accounts, PasswordHasher hasher) {
        return new LogInService(accounts, hasher);
    }

    @Produces
    @Singleton
    ProvideFirstAdminUseCase provideFirstAdmin(AccountRepository accounts, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock) {
        return new ProvideFirstAdminService(accounts, hasher, unitOfWork, clock);
    }

    @Produces
    @Singleton
    ExpireHoldsUseCase expireHolds(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, BookingSettings settings) {
        return new ExpireHoldsService(bookings, allocations, unitOfWork, events, clock, settings);
    }
}
