package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.ShowCancellation;
import com.seatbooking.application.port.in.ShowCommand;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CancelShowService;
import com.seatbooking.application.service.CompleteCancellationsService;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowCancelledException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a show with thousands of bookings while customers keep booking it, against real
 * PostgreSQL: the booking statement and the cancellation take turns on the show's row, so every
 * booking either got in before the cancellation (and the cascade then cancels it) or is refused with
 * nothing stored; the cascade runs in batches, twice at once, and then SQL finds no live booking, no
 * allocation, every cancelled booking with SHOW_CANCELLED in its history, and every seat count at
 * zero. A cascade that stops midway is finished by the next run.
 */
@QuarkusTest
class ConcurrentShowCancellationTest extends PostgresTestBase {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));
    private static final int BOOKED_BEFORE = 3_000;

    private final Clock clock = Clock.systemUTC();
    // customers may take many seats here: the per-customer limit is not what this is about
    private final BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 500, 100_000);

    @Test
    void cancellingAShowWithThousandsOfBookingsWhileOthersBookItLeavesNothingLive() throws Exception {
        Show show = show(20_000);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            customers.add(database.customer("fan-" + i));
        }
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, settings);
        // 3,000 bookings first (one in four a hold), 1 or 2 seats each, from 8 threads
        AtomicInteger nextSeat = new AtomicInteger(1);
        List<Throwable> setup = ConcurrentSeatLimitTest.race(8, thread -> {
            for (int i = thread; i < BOOKED_BEFORE; i += 8) {
                int first = nextSeat.getAndAdd(2);
                List<Integer> seats = i % 3 == 0 ? List.of(first, first + 1) : List.of(first);
                BookSeatsCommand command = BookSeatsCommand.of(customers.get(i % customers.size()), show.id().toString(), null, seats);
                if (i % 4 == 0) {
                    bookSeats.hold(command);
                } else {
                    bookSeats.book(command);
                }
            }
        });
        assertThat(setup).isEmpty();
        String id = "'" + show.id() + "'";
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status IN ('PENDING', 'CONFIRMED')"))
                .isEqualTo(BOOKED_BEFORE);

        CancelShowService cancelShow = new CancelShowService(shows, bookings, unitOfWork, clock);
        CompleteCancellationsService cascade = new CompleteCancellationsService(shows, bookings, allocations, unitOfWork,
                BookingEvents.NONE, clock, 500);
        AtomicBoolean cancelled = new AtomicBoolean();
        Queue<Booking> storedWhileRacing = new ConcurrentLinkedQueue<>();
        AtomicInteger refusedAfterCancel = new AtomicInteger();
        AtomicInteger cascaded = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        long started = System.nanoTime();
        // 12 threads keep booking fresh seats; one cancels the show once they are under way; two run the cascade at once
        List<Throwable> errors = ConcurrentSeatLimitTest.race(15, thread -> {
            if (thread < 12) {
                for (int i = 0; i < 400; i++) {
                    int seat = 10_000 + thread * 400 + i;
                    try {
                        storedWhileRacing.add(bookSeats.book(BookSeatsCommand.of(customers.get(thread), show.id().toString(), null,
                                List.of(seat))).booking());
                    } catch (ShowCancelledException refused) {
                        assertThat(cancelled.get()).as("refused only once the cancellation is under way").isTrue();
                        refusedAfterCancel.incrementAndGet();
                    }
                }
            } else if (thread == 12) {
                Thread.sleep(50);
                cancelled.set(true);
                ShowCancellation cancellation = cancelShow.cancel(new ShowCommand(ADMIN, show.id()));
                assertThat(cancellation.changed()).isTrue();
            } else {
                while (!cancelled.get()) {
                    Thread.sleep(5);
                }
                Thread.sleep(20);
                try {
                    cascaded.addAndGet(cascade.complete(show.id()));
                } catch (StoreUnavailableException waitedTooLong) {
                    // the two runs wait for each other's customers' seat counts; past the lock timeout (3 s in
                    // tests) one gives up, and what it left is the next run's, as after a crash
                    gaveUp.incrementAndGet();
                }
            }
        });
        // whatever was left to others' locks: the job's next run
        cascaded.addAndGet(cascade.completeAll());
        long millis = (System.nanoTime() - started) / 1_000_000;

        long stored = storedWhileRacing.stream().filter(booking -> booking.status() == BookingStatus.CONFIRMED).count();
        System.out.printf("[show cancellation] %d bookings before, %d more got in while racing, %d refused after the cancellation; "
                + "the cascade cancelled %d in %d ms (racing included; %d run(s) gave up on a lock and left it to the next)%n", BOOKED_BEFORE,
                stored, refusedAfterCancel.get(), cascaded.get(), millis, gaveUp.get());
        assertThat(errors).isEmpty();
        assertThat(refusedAfterCancel.get()).as("bookings after the cancellation are refused").isPositive();
        assertThat(cascaded.get()).isEqualTo(BOOKED_BEFORE + (int) stored);
        assertThat(database.count("SELECT count(*) FROM seat_allocations WHERE show_id = " + id)).as("no seat left allocated").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status IN ('PENDING', 'CONFIRMED')"))
                .as("no live booking").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status = 'CANCELLED'"))
                .isEqualTo(BOOKED_BEFORE + stored);
        assertThat(database.count("""
                SELECT count(*) FROM bookings b
                WHERE b.show_id = %s AND b.status = 'CANCELLED' AND NOT EXISTS (
                    SELECT 1 FROM booking_status_changes h
                    WHERE h.booking_id = b.id AND h.status = 'CANCELLED' AND h.reason = 'SHOW_CANCELLED'
                      AND h.position = (SELECT max(position) FROM booking_status_changes l WHERE l.booking_id = b.id))""".formatted(id)))
                .as("every cancelled booking's history ends with SHOW_CANCELLED").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status = 'FAILED'"))
                .as("refused bookings stored nothing").isZero();
        assertThat(database.count("SELECT coalesce(sum(seats), 0) FROM customer_seat_usage WHERE show_id = " + id))
                .as("every customer's seat count is back to zero").isZero();
        assertThat(database.count(ConcurrentSeatLimitTest.USAGE_DRIFT)).isZero();
        assertThat(database.count("SELECT count(*) FROM shows WHERE id = " + id
                + " AND status = 'CANCELLED' AND cancellation_completed_at IS NOT NULL"
                + " AND cancellation_bookings = " + (BOOKED_BEFORE + stored) + " AND cancellation_cancelled = cancellation_bookings"))
                .as("the cancellation is complete, and counted every booking").isEqualTo(1);
        assertThat(database.count("SELECT coalesce(sum(cardinality(seats)), 0) FROM seat_changes WHERE show_id = " + id))
                .as("the live seat map heard of every seat taken and every seat freed")
                .isEqualTo(2 * database.count("SELECT coalesce(sum(cardinality(seats)), 0) FROM bookings WHERE show_id = " + id));
    }

    @Test
    void aCascadeThatStopsMidwayIsFinishedByTheNextRun() throws Exception {
        Show show = show(2_000);
        Actor fan = database.customer("fan");
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, settings);
        for (int seat = 1; seat <= 250; seat++) {
            bookSeats.book(BookSeatsCommand.of(fan, show.id().toString(), null, List.of(seat)));
        }
        new CancelShowService(shows, bookings, unitOfWork, clock).cancel(new ShowCommand(ADMIN, show.id()));
        // the instance "dies" right after its first batch of 100 was committed
        BookingEvents dying = booking -> {
            throw new IllegalStateException("the instance stopped");
        };
        try {
            new CompleteCancellationsService(shows, bookings, allocations, unitOfWork, dying, clock, 100).complete(show.id());
        } catch (IllegalStateException stopped) {
            // as expected
        }
        String id = "'" + show.id() + "'";
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status = 'CANCELLED'")).isEqualTo(100);
        assertThat(database.count("SELECT count(*) FROM seat_allocations WHERE show_id = " + id)).isEqualTo(150);
        assertThat(unitOfWork.inTransaction(() -> shows.unfinishedCancellations(10))).containsExactly(show.id());

        int finished = new CompleteCancellationsService(shows, bookings, allocations, unitOfWork, BookingEvents.NONE, clock, 100).completeAll();

        assertThat(finished).isEqualTo(150);
        assertThat(database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status = 'CANCELLED'")).isEqualTo(250);
        assertThat(database.count("SELECT count(*) FROM seat_allocations WHERE show_id = " + id)).isZero();
        assertThat(database.count("SELECT seats FROM customer_seat_usage WHERE show_id = " + id)).isZero();
        assertThat(unitOfWork.inTransaction(() -> shows.unfinishedCancellations(10))).isEmpty();
        assertThat(unitOfWork.inTransaction(() -> shows.cancellation(show.id())).orElseThrow().bookingsCancelled()).isEqualTo(250);
    }

    private Show show(int seats) {
        return new CreateShowService(shows, unitOfWork, clock, settings)
                .createShow(CreateShowCommand.of(ADMIN, "Cancelled tonight", Instant.now().plus(Duration.ofDays(1)), seats)).show();
    }
}
