package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.EditShowCommand;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowVersionMismatchException;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.EditShowService;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowHasBookingsException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Editing a show (PATCH /shows/{id}) while others edit it or book it, against real PostgreSQL:
 * edits made to the same version take turns on the show's row and exactly one of them is stored;
 * a new seat count races the first booking, and either the count wins (and no booking of a seat that
 * no longer exists gets in) or the booking does (and the count is refused), never both.
 */
@QuarkusTest
class ConcurrentShowEditTest extends PostgresTestBase {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));

    private final Clock clock = Clock.systemUTC();
    private final BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 100, 100_000);

    @Test
    void sixteenAdminsEditingTheSameVersionAtOnceStoreExactlyOneEdit() throws Exception {
        EditShowService edit = new EditShowService(shows, bookings, allocations, unitOfWork, clock, settings);
        for (int round = 0; round < 5; round++) {
            Show show = show(200);
            long seen = show.version();
            Queue<String> stored = new ConcurrentLinkedQueue<>();
            AtomicInteger stale = new AtomicInteger();
            List<Throwable> errors = ConcurrentSeatLimitTest.race(16, thread -> {
                String name = "Renamed by admin " + thread;
                try {
                    ShowDetails details = edit.edit(EditShowCommand.of(ADMIN, show.id().toString(), seen, name, true, null, false,
                            thread % 2 == 0 ? 150 + thread : null, thread % 2 == 0));
                    assertThat(details.show().version()).isEqualTo(seen + 1);
                    stored.add(name);
                } catch (ShowVersionMismatchException refused) {
                    stale.incrementAndGet();
                }
            });

            assertThat(errors).isEmpty();
            assertThat(stored).as("exactly one edit of version %d is stored", seen).hasSize(1);
            assertThat(stale.get()).isEqualTo(15);
            String winner = stored.peek();
            int thread = Integer.parseInt(winner.substring(winner.lastIndexOf(' ') + 1));
            String id = "'" + show.id() + "'";
            assertThat(database.count("SELECT count(*) FROM shows WHERE id = " + id + " AND version = " + (seen + 1)
                    + " AND name = '" + winner + "' AND total_seats = " + (thread % 2 == 0 ? 150 + thread : 200)))
                    .as("the show is the winner's edit, all of it, one version on").isEqualTo(1);
        }
    }

    @Test
    void aNewSeatCountAndTheFirstBookingsRaceAndOnlyOneOfThemWins() throws Exception {
        EditShowService edit = new EditShowService(shows, bookings, allocations, unitOfWork, clock, settings);
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, settings);
        List<Actor> fans = List.of(database.customer("fan-1"), database.customer("fan-2"), database.customer("fan-3"),
                database.customer("fan-4"));
        int shrunk = 0;
        int booked = 0;
        for (int round = 0; round < 12; round++) {
            Show show = show(100);
            AtomicInteger resized = new AtomicInteger();
            AtomicInteger resizeRefused = new AtomicInteger();
            AtomicInteger bookingsStored = new AtomicInteger();
            AtomicInteger bookingsRefused = new AtomicInteger();
            // one admin shrinks the show to 50 seats while four customers book seats 51 to 100, which the shrink removes
            List<Throwable> errors = ConcurrentSeatLimitTest.race(5, thread -> {
                if (thread == 4) {
                    try {
                        edit.edit(EditShowCommand.of(ADMIN, show.id().toString(), show.version(), null, false, null, false, 50, true));
                        resized.incrementAndGet();
                    } catch (ShowHasBookingsException refused) {
                        resizeRefused.incrementAndGet();
                    }
                    return;
                }
                for (int i = 0; i < 5; i++) {
                    int seat = 51 + thread * 10 + i;
                    try {
                        bookSeats.book(BookSeatsCommand.of(fans.get(thread), show.id().toString(), null, List.of(seat)));
                        bookingsStored.incrementAndGet();
                    } catch (InvariantViolation noSuchSeat) {
                        bookingsRefused.incrementAndGet();
                    }
                }
            });

            assertThat(errors).isEmpty();
            String id = "'" + show.id() + "'";
            assertThat(database.count("SELECT count(*) FROM seat_allocations a JOIN shows s ON s.id = a.show_id"
                    + " WHERE s.id = " + id + " AND a.seat_number > s.total_seats")).as("no seat beyond the show's count is taken").isZero();
            assertThat(resized.get() + resizeRefused.get()).isEqualTo(1);
            long live = database.count("SELECT count(*) FROM bookings WHERE show_id = " + id + " AND status = 'CONFIRMED'");
            assertThat(live).isEqualTo(bookingsStored.get());
            if (resized.get() == 1) {
                assertThat(live).as("the shrink won: no booking of the removed seats got in").isZero();
                assertThat(bookingsRefused.get()).isEqualTo(20);
                assertThat(database.count("SELECT total_seats FROM shows WHERE id = " + id)).isEqualTo(50);
                shrunk++;
            } else {
                assertThat(live).as("a booking won: the shrink was refused and the show kept its seats").isPositive();
                assertThat(database.count("SELECT total_seats FROM shows WHERE id = " + id)).isEqualTo(100);
                booked++;
            }
        }
        System.out.printf("[show edit] a new seat count against the first bookings: the count won %d times, a booking %d times%n", shrunk,
                booked);
    }

    private Show show(int seats) {
        return new CreateShowService(shows, unitOfWork, clock, settings)
                .createShow(CreateShowCommand.of(ADMIN, "Edited tonight", Instant.now().plus(Duration.ofDays(1)), seats)).show();
    }
}
