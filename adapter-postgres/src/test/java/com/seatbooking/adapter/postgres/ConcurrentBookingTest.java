package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.show.Show;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads race through the real booking use case for overlapping seats of one show, against
 * real PostgreSQL; afterwards plain SQL checks the invariants in the database itself.
 */
@QuarkusTest
class ConcurrentBookingTest extends PostgresTestBase {

    private static final int THREADS = 48;
    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));

    private BookSeatsService bookSeats;
    private CreateShowService createShow;
    private final List<Actor> users = new ArrayList<>();

    @BeforeEach
    void wire() {
        Clock clock = Clock.systemUTC();
        bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, BookingSettings.of(Duration.ofMinutes(10), 20, 100, Show.MAX_SEATS));
        createShow = new CreateShowService(shows, unitOfWork, clock, BookingSettings.of(Duration.ofMinutes(10), 20, 100, Show.MAX_SEATS));
        users.clear();
        for (int i = 0; i < THREADS; i++) {
            users.add(database.customer("user-" + i));
        }
    }

    @Test
    void overlappingBookingsNeverShareASeatAndNeverDeadlock() throws Exception {
        Show show = show(200);
        int requestsPerThread = 30;
        int hotSeats = 60;
        long deadlocksBefore = deadlocks();

        Race race = race(THREADS, thread -> {
            Random random = new Random(thread);
            List<Booking> mine = new ArrayList<>();
            for (int i = 0; i < requestsPerThread; i++) {
                List<Integer> seats = randomSeats(random, hotSeats, 1 + random.nextInt(4));
                BookSeatsCommand command = BookSeatsCommand.of(users.get(thread), show.id().toString(), null, seats);
                mine.add((i % 4 == 0 ? bookSeats.hold(command) : bookSeats.book(command)).booking());
            }
            return mine;
        });

        race.report("overlapping 1-4 seats of 60, 25% holds");
        assertThat(race.errors).as("no request failed with an exception").isEmpty();
        assertThat(race.results).hasSize(THREADS * requestsPerThread);
        assertInvariants(show);
        assertThat(deadlocks()).as("deadlocks").isEqualTo(deadlocksBefore);
        assertThat(race.count(BookingStatus.CONFIRMED) + race.count(BookingStatus.PENDING)).isPositive();
        assertThat(race.count(BookingStatus.FAILED)).as("the race was real").isPositive();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'FAILED'")).isEqualTo(race.count(BookingStatus.FAILED));
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(race.count(BookingStatus.CONFIRMED));
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'PENDING'")).isEqualTo(race.count(BookingStatus.PENDING));
        assertThat(database.count("SELECT count(DISTINCT seat_number) FROM seat_allocations")).as("hot seats all sold").isEqualTo(hotSeats);
    }

    @Test
    void whenEverySeatIsWantedByThreeThreadsEverySeatSellsExactlyOnce() throws Exception {
        int pairs = 480;
        Show show = show(pairs * 2);
        long deadlocksBefore = deadlocks();

        // pair p = seats (2p+1, 2p+2), wanted by threads p%16, p%16+16 and p%16+32, each in its own order
        Race race = race(THREADS, thread -> {
            List<Integer> mine = new ArrayList<>();
            for (int pair = thread % 16; pair < pairs; pair += 16) {
                mine.add(pair);
            }
            Collections.shuffle(mine, new Random(thread));
            List<Booking> results = new ArrayList<>();
            for (int pair : mine) {
                results.add(bookSeats.book(BookSeatsCommand.of(users.get(thread), show.id().toString(), null, List.of(2 * pair + 2, 2 * pair + 1))).booking());
            }
            return results;
        });

        race.report("every pair of seats wanted by 3 threads");
        assertThat(race.errors).isEmpty();
        assertThat(race.results).hasSize(pairs * 3);
        assertThat(race.count(BookingStatus.CONFIRMED)).as("one winner per pair").isEqualTo(pairs);
        assertThat(race.count(BookingStatus.FAILED)).isEqualTo(2L * pairs);
        assertInvariants(show);
        assertThat(database.count("SELECT count(*) FROM seat_allocations WHERE expires_at IS NULL")).as("every seat sold").isEqualTo(2L * pairs);
        assertThat(database.count("""
                SELECT count(*) FROM (
                    SELECT seat FROM bookings, unnest(seats) AS seat WHERE status = 'CONFIRMED'
                    GROUP BY seat HAVING count(*) = 1) sold_once""")).as("every seat sold exactly once").isEqualTo(2L * pairs);
        assertThat(deadlocks()).isEqualTo(deadlocksBefore);
    }

    /** The invariants, checked in SQL against what PostgreSQL holds. */
    private void assertInvariants(Show show) {
        String id = "'" + show.id() + "'";
        assertThat(database.count("""
                SELECT count(*) FROM (
                    SELECT seat FROM bookings, unnest(seats) AS seat
                    WHERE show_id = %s AND status IN ('CONFIRMED', 'PENDING')
                    GROUP BY seat HAVING count(*) > 1) doubly_sold""".formatted(id)))
                .as("no seat in two active bookings").isZero();
        assertThat(database.count("""
                SELECT count(*) FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id
                WHERE b.status NOT IN ('CONFIRMED', 'PENDING') OR NOT a.seat_number = ANY (b.seats)
                   OR (b.status = 'CONFIRMED') <> (a.expires_at IS NULL)"""))
                .as("every allocation belongs to an active booking that asked for that seat").isZero();
        assertThat(database.count("""
                SELECT count(*) FROM bookings b, unnest(b.seats) AS seat
                WHERE b.status IN ('CONFIRMED', 'PENDING') AND NOT EXISTS (
                    SELECT 1 FROM seat_allocations a WHERE a.show_id = b.show_id AND a.seat_number = seat AND a.booking_id = b.id)"""))
                .as("every active booking holds all of its seats").isZero();
        assertThat(database.count("""
                SELECT count(*) FROM bookings b, unnest(b.conflicting_seats) AS seat
                WHERE b.status = 'FAILED' AND NOT EXISTS (
                    SELECT 1 FROM seat_allocations a WHERE a.show_id = b.show_id AND a.seat_number = seat)"""))
                .as("no false conflicts: every seat reported taken is taken").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'FAILED' AND cardinality(conflicting_seats) = 0"))
                .isZero();
    }

    private Show show(int seats) {
        return createShow.createShow(CreateShowCommand.of(ADMIN, "Flash sale", Instant.now().plus(Duration.ofDays(1)), seats)).show();
    }

    private long deadlocks() {
        return database.count("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    }

    private static List<Integer> randomSeats(Random random, int range, int count) {
        List<Integer> seats = new ArrayList<>();
        while (seats.size() < count) {
            int seat = 1 + random.nextInt(range);
            if (!seats.contains(seat)) {
                seats.add(seat);
            }
        }
        return seats;
    }

    private static Race race(int threads, Function<Integer, List<Booking>> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        Race race = new Race();
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int thread = next.getAndIncrement();
                ready.countDown();
                try {
                    go.await();
                    race.results.addAll(work.apply(thread));
                } catch (Throwable e) {
                    race.errors.add(e);
                }
            });
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        race.wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return race;
    }

    private static final class Race {
        final Queue<Booking> results = new ConcurrentLinkedQueue<>();
        final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        long wallMillis;

        long count(BookingStatus status) {
            return results.stream().filter(booking -> booking.status() == status).count();
        }

        void report(String scenario) {
            Map<BookingStatus, Long> byStatus = new ConcurrentHashMap<>(results.stream()
                    .collect(Collectors.groupingBy(Booking::status, Collectors.counting())));
            System.out.printf("[concurrency] %s: %d threads, %d requests in %d ms (%.0f/s): %s, errors %d%n", scenario, THREADS,
                    results.size(), wallMillis, results.size() * 1000.0 / Math.max(1, wallMillis), byStatus, errors.size());
            errors.stream().limit(3).forEach(Throwable::printStackTrace);
        }
    }
}
