package com.seatbooking.bootstrap;

import com.seatbooking.application.port.in.BookBestAvailableUseCase;
import com.seatbooking.application.port.in.BookSeatsUseCase;
import com.seatbooking.application.port.in.DescribeSeatsUseCase;
import com.seatbooking.application.port.in.CancelShowUseCase;
import com.seatbooking.application.port.in.CompleteCancellationsUseCase;
import com.seatbooking.application.port.in.EditShowUseCase;
import com.seatbooking.application.port.in.GetCancellationUseCase;
import com.seatbooking.application.port.in.ListShowBookingsUseCase;
import com.seatbooking.application.port.in.CancelBookingUseCase;
import com.seatbooking.application.port.in.CheckRateLimitUseCase;
import com.seatbooking.application.port.in.ConfirmBookingUseCase;
import com.seatbooking.application.port.in.CreateShowUseCase;
import com.seatbooking.application.port.in.ExpireHoldsUseCase;
import com.seatbooking.application.port.in.ExtendHoldUseCase;
import com.seatbooking.application.port.in.FollowSeatMapUseCase;
import com.seatbooking.application.port.in.GetBookingUseCase;
import com.seatbooking.application.port.in.GetShowTotalsUseCase;
import com.seatbooking.application.port.in.GetShowUseCase;
import com.seatbooking.application.port.in.HoldSeatsUseCase;
import com.seatbooking.application.port.in.IdempotentRequestUseCase;
import com.seatbooking.application.port.in.ListMyBookingsUseCase;
import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.LogInUseCase;
import com.seatbooking.application.port.in.ProvideFirstAdminUseCase;
import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase;
import com.seatbooking.application.port.in.RegisterAccountUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.RateLimitBuckets;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.application.service.BookBestAvailableService;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.DescribeSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CancelBookingService;
import com.seatbooking.application.service.CancelShowService;
import com.seatbooking.application.service.CompleteCancellationsService;
import com.seatbooking.application.service.EditShowService;
import com.seatbooking.application.service.ListShowBookingsService;
import com.seatbooking.application.service.ConfirmBookingService;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.ExpireHoldsService;
import com.seatbooking.application.service.ExtendHoldService;
import com.seatbooking.application.service.FollowSeatMapService;
import com.seatbooking.application.service.GetBookingService;
import com.seatbooking.application.service.GetShowService;
import com.seatbooking.application.service.GetShowTotalsService;
import com.seatbooking.application.service.IdempotencySettings;
import com.seatbooking.application.service.IdempotentRequestService;
import com.seatbooking.application.service.ListMyBookingsService;
import com.seatbooking.application.service.ListShowsService;
import com.seatbooking.application.service.LogInService;
import com.seatbooking.application.service.ProvideFirstAdminService;
import com.seatbooking.application.service.PurgeStaleRecordsService;
import com.seatbooking.application.service.RateLimitService;
import com.seatbooking.application.service.RateLimitSettings;
import com.seatbooking.application.service.RegisterAccountService;
import com.seatbooking.application.service.RetentionSettings;
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
    RetentionSettings retentionSettings(BookingConfig config) {
        return config.retention();
    }

    @Produces
    @Singleton
    IdempotencySettings idempotencySettings(IdempotencyConfig config) {
        return config.settings();
    }

    @Produces
    @Singleton
    RateLimitSettings rateLimitSettings(RateLimitConfig config) {
        return config.settings();
    }

    /** Best available: picks the best free seats, and picks again around seats others took first. */
    @Produces
    @Singleton
    BookBestAvailableUseCase bookBestAvailable(ShowRepository shows, SeatAllocationRepository allocations, BookingRepository bookings,
            BookingEvents events, Clock clock, BookingSettings settings, FairUseEvents fairUse, IdempotencySettings keys,
            UnitOfWork unitOfWork) {
        return new BookBestAvailableService(shows, allocations, bookings, events, clock, settings, fairUse, keys, unitOfWork,
                java.util.random.RandomGenerator.getDefault());
    }

    @Produces
    @Singleton
    DescribeSeatsUseCase describeSeats(ShowRepository shows) {
        return new DescribeSeatsService(shows);
    }

    @Produces
    @Singleton
    CreateShowUseCase createShow(ShowRepository shows, UnitOfWork unitOfWork, Clock clock, BookingSettings settings) {
        return new CreateShowService(shows, unitOfWork, clock, settings);
    }

    @Produces
    @Singleton
    EditShowUseCase editShow(ShowRepository shows, BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            Clock clock, BookingSettings settings) {
        return new EditShowService(shows, bookings, allocations, unitOfWork, clock, settings);
    }

    /** One service cancels shows and reports how far a cancellation has got. */
    @Produces
    @Singleton
    @Typed({CancelShowUseCase.class, GetCancellationUseCase.class})
    CancelShowService cancelShow(ShowRepository shows, BookingRepository bookings, UnitOfWork unitOfWork, Clock clock) {
        return new CancelShowService(shows, bookings, unitOfWork, clock);
    }

    /** Batches of a show's cancellation are as big as those of the expiry of holds ({@code booking.expiry-batch-size}). */
    @Produces
    @Singleton
    CompleteCancellationsUseCase completeCancellations(ShowRepository shows, BookingRepository bookings, SeatAllocationRepository allocations,
            UnitOfWork unitOfWork, BookingEvents events, Clock clock, BookingSettings settings) {
        return new CompleteCancellationsService(shows, bookings, allocations, unitOfWork, events, clock, settings.expiryBatchSize());
    }

    @Produces
    @Singleton
    ListShowBookingsUseCase listShowBookings(ShowRepository shows, BookingRepository bookings) {
        return new ListShowBookingsService(shows, bookings);
    }

    @Produces
    @Singleton
    ListShowsUseCase listShows(ShowRepository shows, SeatAllocationRepository allocations, UnitOfWork unitOfWork, Clock clock,
            BookingSettings settings) {
        return new ListShowsService(shows, allocations, unitOfWork, clock, settings);
    }

    @Produces
    @Singleton
    GetShowTotalsUseCase getShowTotals(ShowRepository shows, BookingRepository bookings) {
        return new GetShowTotalsService(shows, bookings);
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
            BookingSettings settings, FairUseEvents fairUse, IdempotencySettings keys, UnitOfWork unitOfWork) {
        return new BookSeatsService(shows, bookings, events, clock, settings, fairUse, keys, unitOfWork);
    }

    @Produces
    @Singleton
    ConfirmBookingUseCase confirmBooking(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts, ShowRepository shows,
            BookingSettings settings) {
        return new ConfirmBookingService(bookings, allocations, unitOfWork, events, clock, accounts, shows, settings);
    }

    @Produces
    @Singleton
    CancelBookingUseCase cancelBooking(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts, BookingSettings settings) {
        return new CancelBookingService(bookings, allocations, unitOfWork, events, clock, accounts, settings);
    }

    @Produces
    @Singleton
    ExtendHoldUseCase extendHold(BookingRepository bookings, SeatAllocationRepository allocations, UnitOfWork unitOfWork,
            BookingEvents events, Clock clock, AccountRepository accounts, ShowRepository shows,
            BookingSettings settings) {
        return new ExtendHoldService(bookings, allocations, unitOfWork, events, clock, accounts, shows, settings);
    }

    @Produces
    @Singleton
    GetBookingUseCase getBooking(BookingRepository bookings, UnitOfWork unitOfWork, Clock clock, AccountRepository accounts,
            BookingSettings settings) {
        return new GetBookingService(bookings, unitOfWork, clock, accounts, settings);
    }

    @Produces
    @Singleton
    IdempotentRequestUseCase idempotentRequests(IdempotencyKeyRepository keys, UnitOfWork unitOfWork, FairUseEvents events, Clock clock,
            IdempotencySettings settings) {
        return new IdempotentRequestService(keys, unitOfWork, events, clock, settings);
    }

    @Produces
    @Singleton
    CheckRateLimitUseCase checkRateLimit(RateLimitBuckets buckets, FairUseEvents events, RateLimitSettings settings) {
        return new RateLimitService(buckets, events, settings);
    }

    @Produces
    @Singleton
    PurgeStaleRecordsUseCase purgeStaleRecords(BookingRepository bookings, IdempotencyKeyRepository keys, RateLimitBuckets buckets,
            FairUseEvents events, Clock clock, RetentionSettings settings) {
        return new PurgeStaleRecordsService(bookings, keys, buckets, events, clock, settings);
    }

    @Produces
    @Singleton
    ListMyBookingsUseCase listMyBookings(BookingRepository bookings, ShowRepository shows, UnitOfWork unitOfWork, Clock clock, BookingSettings settings) {
        return new ListMyBookingsService(bookings, shows, unitOfWork, clock, settings);
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
