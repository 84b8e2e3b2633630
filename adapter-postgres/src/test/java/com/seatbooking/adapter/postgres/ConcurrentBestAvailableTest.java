package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BestAvailableCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.LayoutDraft;
import com.seatbooking.application.port.in.LayoutDraft.RowDraft;
import com.seatbooking.application.port.in.LayoutDraft.SectionDraft;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.service.BookBestAvailableService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.venue.NotEnoughSeatsException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Best available under contention, against real PostgreSQL: 64 buyers at once ask for 1 to 4 of the
 * best seats of a small show (10 rows of 10, an aisle in each) until it is sold out. While enough
 * seats remain no request fails (a buyer who loses seats to another picks again around them), no
 * seat is sold twice, no lost race leaves a failed attempt behind, and the show sells out: checked
 * in SQL.
 */
@QuarkusTest
class ConcurrentBestAvailableTest extends PostgresTestBase {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));
    private static final int THREADS = 64;

    @Test
    void sixtyFourBuyersAtOnceNeverFailWhileSeatsRemainAndNeverShareASeat() throws Exception {
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 100, 10);
        LayoutDraft layout = new LayoutDraft(List.of(new SectionDraft("Stalls", null,
                IntStream.range(0, 10).mapToObj(i -> new RowDraft(String.valueOf((char) ('A' + i)), 10, List.of(5), null)).toList())));
        Show show = new CreateShowService(shows, unitOfWork, Clock.systemUTC(), settings)
                .createShow(CreateShowCommand.of(ADMIN, "Flash sale", Instant.now().plus(Duration.ofDays(1)), null, null, layout)).show();
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            buyers.add(database.customer("buyer-" + i));
        }
        BookBestAvailableService bestAvailable = new BookBestAvailableService(shows, allocations, bookings, BookingEvents.NONE,
                Clock.systemUTC(), settings);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger seatsBooked = new AtomicInteger();
        AtomicInteger tooFew = new AtomicInteger();

        List<Throwable> errors = ConcurrentSeatLimitTest.race(THREADS, thread -> {
            Random random = new Random(thread);
            Actor me = buyers.get(thread);
            int mine = 0;
            int quantity = 1 + random.nextInt(4);
            while (mine + quantity <= settings.maxSeatsPerCustomer()) {
                try {
                    var booking = bestAvailable.place(BestAvailableCommand.of(me, show.id().toString(), null, quantity, null, null,
                            random.nextInt(4) == 0)).booking();
                    assertThat(booking.seats().size()).isEqualTo(quantity);
                    booked.incrementAndGet();
                    seatsBooked.addAndGet(quantity);
                    mine += quantity;
                    quantity = 1 + random.nextInt(4);
                } catch (NotEnoughSeatsException e) {
                    // legitimate only when fewer seats than asked were free: then take what is left
                    tooFew.incrementAndGet();
                    assertThat(e.available()).isLessThan(quantity);
                    if (e.available() == 0) {
                        return;
                    }
                    quantity = e.available();
                }
            }
        });

        String ofShow = " WHERE show_id = '" + show.id() + "'";
        System.out.printf("[best available] %d buyers: %d bookings, %d seats, %d answers of too few seats left%n", THREADS, booked.get(),
                seatsBooked.get(), tooFew.get());
        assertThat(errors).as("no request failed while seats remained").isEmpty();
        assertThat(seatsBooked.get()).as("sold out").isEqualTo(100);
        assertThat(database.count("SELECT count(*) FROM seat_allocations" + ofShow)).isEqualTo(100);
        assertThat(database.count("SELECT coalesce(sum(cardinality(seats)), 0) FROM bookings" + ofShow
                + " AND status IN ('CONFIRMED', 'PENDING')")).as("every allocated seat belongs to one booking").isEqualTo(100);
        assertThat(database.count("SELECT count(*) - count(DISTINCT seat) FROM bookings, unnest(seats) AS seat" + ofShow
                + " AND status IN ('CONFIRMED', 'PENDING')")).as("no seat in two bookings").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings" + ofShow + " AND status = '" + BookingStatus.FAILED + "'"))
                .as("a lost race is not stored").isZero();
        assertThat(database.count("SELECT count(*) FROM bookings" + ofShow)).isEqualTo(booked.get());
        assertThat(database.count(ConcurrentSeatLimitTest.USAGE_DRIFT)).as("seat counts per customer").isZero();
        assertThat(database.count("SELECT count(*) FROM customer_seat_usage" + ofShow + " AND seats > 10")).isZero();
        assertThat(database.count("SELECT count(*) FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id" + ofShow.replace("show_id", "a.show_id")
                + " AND a.owner_id IS DISTINCT FROM b.owner_id")).as("each seat's owner is its booking's").isZero();
    }
}
