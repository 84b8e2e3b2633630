package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.ExpireHoldsService;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.show.Show;
import com.seatbooking.testing.MutableClock;
import com.seatbooking.testing.RecordingBookingEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two expiry runs at once, as with two app instances: every hold is expired exactly once. */
@QuarkusTest
class ConcurrentExpiryTest extends PostgresTestBase {

    private static final int HOLDS = 300;
    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));

    @Test
    void twoRunsAtOnceExpireEachHoldExactlyOnce() throws Exception {
        database.empty();
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 25, Show.MAX_SEATS);
        Show show = new CreateShowService(shows, unitOfWork, clock, settings)
                .createShow(CreateShowCommand.of(ADMIN, "Expiry", clock.instant().plus(Duration.ofDays(1)), HOLDS + 10)).show();
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, new RecordingBookingEvents(), clock, settings);
        Actor user = database.customer("user");
        List<Booking> holds = IntStream.rangeClosed(1, HOLDS)
                .mapToObj(seat -> bookSeats.hold(BookSeatsCommand.of(user, show.id().toString(), null, List.of(seat))).booking())
                .toList();
        Booking firm = bookSeats.book(BookSeatsCommand.of(user, show.id().toString(), null, List.of(HOLDS + 1))).booking();
        clock.advance(settings.holdTtl());

        RecordingBookingEvents eventsA = new RecordingBookingEvents();
        RecordingBookingEvents eventsB = new RecordingBookingEvents();
        ExpireHoldsService runA = new ExpireHoldsService(bookings, allocations, unitOfWork, eventsA, clock, settings);
        ExpireHoldsService runB = new ExpireHoldsService(bookings, allocations, unitOfWork, eventsB, clock, settings);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(go, runA::expireHolds));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(go, runB::expireHolds));
        go.countDown();
        int expiredByA = a.get();
        int expiredByB = b.get();

        System.out.printf("[expiry] two runs at once expired %d + %d of %d holds%n", expiredByA, expiredByB, HOLDS);
        assertThat(expiredByA + expiredByB).as("every hold expired once in total").isEqualTo(HOLDS);
        assertThat(eventsA.events()).extracting(Booking::id).doesNotContainAnyElementsOf(eventsB.events().stream().map(Booking::id).toList());
        assertThat(database.count("SELECT count(*) FROM booking_status_changes WHERE reason = 'HOLD_EXPIRED'")).isEqualTo(HOLDS);
        assertThat(database.count("""
                SELECT count(*) FROM (SELECT booking_id FROM booking_status_changes
                WHERE reason = 'HOLD_EXPIRED' GROUP BY booking_id HAVING count(*) > 1) twice""")).isZero();
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'FAILED' AND failure_reason = 'HOLD_EXPIRED'")).isEqualTo(HOLDS);
        assertThat(database.count("SELECT count(*) FROM seat_allocations")).as("only the firm booking's seat is still allocated").isEqualTo(1);
        assertThat(database.count("SELECT seats FROM customer_seat_usage")).as("the customer's seat count followed the releases").isEqualTo(1);
        assertThat(unitOfWork.inTransaction(() -> bookings.findById(holds.get(0).id())).orElseThrow().lastChange().reason())
                .isEqualTo(ChangeReason.HOLD_EXPIRED);
        assertThat(unitOfWork.inTransaction(() -> bookings.findById(firm.id())).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(runA.expireHolds() + runB.expireHolds()).as("nothing left").isZero();
    }

    private static int awaitThen(CountDownLatch go, java.util.function.IntSupplier run) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return run.getAsInt();
    }
}
