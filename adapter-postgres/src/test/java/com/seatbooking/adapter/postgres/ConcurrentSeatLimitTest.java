package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CancelBookingService;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.ExpireHoldsService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.HoldExpiredException;
import com.seatbooking.domain.booking.IllegalBookingTransitionException;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.show.Show;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The per-customer seat limit under contention, against real PostgreSQL: many requests of one
 * customer at once never pass it, and after a storm of holds, bookings, cancellations, expiries and
 * take-overs each customer's seat count still equals the seats allocated to their bookings, checked
 * in SQL.
 */
@QuarkusTest
class ConcurrentSeatLimitTest extends PostgresTestBase {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));
    private static final int LIMIT = 10;

    /** Every (show, owner) whose seat count differs from the seats allocated to their bookings. */
    static final String USAGE_DRIFT = """
            SELECT count(*) FROM (
                SELECT coalesce(u.show_id, a.show_id) AS show_id, coalesce(u.owner_id, a.owner_id) AS owner_id
                FROM customer_seat_usage u
                FULL JOIN (
                    SELECT a.show_id, b.owner_id, count(*) AS seats
                    FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id
                    WHERE b.owner_id IS NOT NULL
                    GROUP BY a.show_id, b.owner_id) a ON a.show_id = u.show_id AND a.owner_id = u.owner_id
                WHERE coalesce(u.seats, 0) <> coalesce(a.seats, 0)) drift""";

    @Inject
    AccountRepository accounts;

    @Test
    void fiftyParallelHoldsOfOneCustomerNeverPassTheLimit() throws Exception {
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 100, LIMIT);
        Show show = show(settings, 300);
        Actor alice = database.customer("alice");
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, Clock.systemUTC(), settings);
        AtomicInteger refused = new AtomicInteger();
        Queue<Booking> held = new ConcurrentLinkedQueue<>();

        List<Throwable> errors = race(50, thread -> {
            // disjoint seats: only the limit can refuse them
            List<Integer> seats = new ArrayList<>();
            for (int i = 1; i <= 1 + thread % 3; i++) {
                seats.add(thread * 4 + i);
            }
            try {
                held.add(bookSeats.hold(BookSeatsCommand.of(alice, show.id().toString(), null, seats)).booking());
            } catch (SeatLimitReachedException e) {
                refused.incrementAndGet();
            }
        });

        long allocated = database.count("SELECT count(*) FROM seat_allocations WHERE show_id = '" + show.id() + "'");
        System.out.printf("[seat limit] 50 parallel holds of one customer: %d held (%d seats), %d refused%n", held.size(), allocated,
                refused.get());
        assertThat(errors).isEmpty();
        assertThat(held.size() + refused.get()).isEqualTo(50);
        assertThat(held).allMatch(booking -> booking.status() == BookingStatus.PENDING);
        assertThat(refused.get()).as("the limit was met").isPositive();
        assertThat(allocated).as("never past the limit").isBetween((long) LIMIT - 2, (long) LIMIT);
        assertThat(held.stream().mapToInt(booking -> booking.seats().size()).sum()).isEqualTo((int) allocated);
        assertThat(database.count("SELECT seats FROM customer_seat_usage WHERE show_id = '" + show.id() + "'")).isEqualTo(allocated);
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = '" + show.id() + "'")).as("refusals store nothing")
                .isEqualTo(held.size());
        assertThat(database.count(USAGE_DRIFT)).isZero();
    }

    @Test
    void afterAStormEveryCustomersCountEqualsTheirAllocatedSeats() throws Exception {
        // holds last 150 ms, so they expire, are taken over and are released by the expiry job while the storm goes on
        BookingSettings settings = BookingSettings.of(Duration.ofMillis(150), 4, 50, 6);
        Show show = show(settings, 40);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            customers.add(database.customer("storm-" + i));
        }
        Clock clock = Clock.systemUTC();
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, settings);
        CancelBookingService cancel = new CancelBookingService(bookings, allocations, unitOfWork, BookingEvents.NONE, clock, accounts, settings);
        ExpireHoldsService expire = new ExpireHoldsService(bookings, allocations, unitOfWork, BookingEvents.NONE, clock, settings);
        AtomicBoolean storming = new AtomicBoolean(true);
        AtomicInteger expired = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        Thread expiry = new Thread(() -> {
            while (storming.get()) {
                expired.addAndGet(expire.expireHolds());
                sleep(20);
            }
        });
        expiry.start();

        List<Throwable> errors = race(24, thread -> {
            Random random = new Random(thread);
            Actor me = customers.get(thread % customers.size());
            List<Booking> mine = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                List<Integer> seats = new ArrayList<>();
                while (seats.size() < 1 + random.nextInt(3)) {
                    int seat = 1 + random.nextInt(40);
                    if (!seats.contains(seat)) {
                        seats.add(seat);
                    }
                }
                BookSeatsCommand command = BookSeatsCommand.of(me, show.id().toString(), null, seats);
                try {
                    mine.add(random.nextInt(3) == 0 ? bookSeats.book(command).booking() : bookSeats.hold(command).booking());
                } catch (SeatLimitReachedException e) {
                    limited.incrementAndGet();
                }
                if (!mine.isEmpty() && random.nextInt(3) == 0) {
                    Booking victim = mine.remove(random.nextInt(mine.size()));
                    try {
                        cancel.cancel(new BookingCommand(me, victim.id()));
                    } catch (HoldExpiredException | IllegalBookingTransitionException e) {
                        // expired meanwhile, or it had failed: nothing to give back
                    }
                }
            }
        });
        storming.set(false);
        expiry.join();
        expired.addAndGet(expire.expireHolds());

        System.out.printf("[seat limit] storm: %d bookings, %d refused for the limit, %d holds expired by the job%n",
                database.count("SELECT count(*) FROM bookings"), limited.get(), expired.get());
        assertThat(errors).isEmpty();
        assertThat(limited.get()).as("the limit was met").isPositive();
        assertThat(database.count(USAGE_DRIFT)).as("every seat count equals the seats allocated to that customer").isZero();
        assertThat(database.count("SELECT count(*) FROM customer_seat_usage WHERE seats > " + settings.maxSeatsPerCustomer())).isZero();
        assertThat(database.count("""
                SELECT count(*) FROM (
                    SELECT b.owner_id FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id
                    WHERE a.expires_at IS NULL OR a.expires_at > now()
                    GROUP BY b.owner_id HAVING count(*) > %d) over""".formatted(settings.maxSeatsPerCustomer())))
                .as("nobody holds or booked more than the limit").isZero();
    }

    private Show show(BookingSettings settings, int seats) {
        return new CreateShowService(shows, unitOfWork, Clock.systemUTC(), settings)
                .createShow(CreateShowCommand.of(ADMIN, "Limited", Instant.now().plus(Duration.ofDays(1)), seats)).show();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs {@code work} on that many threads released at once; returns what they threw. */
    static List<Throwable> race(int threads, Work work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    work.run(thread);
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        errors.stream().limit(3).forEach(Throwable::printStackTrace);
        return List.copyOf(errors);
    }
}
