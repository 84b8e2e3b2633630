package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seat maps come from memory, yet a change made through this app shows at once. */
@QuarkusTest
class SeatMapCacheTest extends PostgresTestBase {

    private static final UserName ALICE = new UserName("alice");

    @Inject
    SeatMapCache cache;

    private Show show;
    private Instant now;
    private AccountId owner;

    @BeforeEach
    void aShow() {
        owner = database.customer("alice").id();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        show = Show.restore(ShowId.random(), new ShowName("Cached"), now.plus(Duration.ofDays(1)), 20);
        unitOfWork.inTransaction(() -> {
            shows.add(show);
            return null;
        });
    }

    @Test
    void aSeatMapIsServedFromMemoryWithinItsMaximumAge() {
        bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(1), now), Show.MAX_SEATS, now);
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(1));

        database.execute("DELETE FROM seat_allocations WHERE show_id = '" + show.id() + "'");

        assertThat(allocations.reservedSeats(show.id(), now.plusMillis(10))).as("from memory").isEqualTo(SeatNumbers.of(1));
        assertThat(allocations.reservedSeats(show.id(), now.plus(SeatMapCache.MAX_AGE))).as("read again once too old")
                .isEqualTo(SeatNumbers.none());
    }

    @Test
    void ownBookingsShowAtOnce() {
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.none());

        bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(4, 5), now), Show.MAX_SEATS, now);

        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(4, 5));
    }

    @Test
    void releasesShowOnceTheirUnitOfWorkCommitted() {
        Booking booking = bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(7), now), Show.MAX_SEATS, now);
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(7));

        unitOfWork.inTransaction(() -> {
            allocations.release(List.of(booking.allocation()));
            return null;
        });

        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.none());
    }

    @Test
    void aRolledBackReleaseLeavesTheMapAsItWas() {
        Booking booking = bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(8), now), Show.MAX_SEATS, now);
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(8));

        try {
            unitOfWork.inTransaction(() -> {
                allocations.release(List.of(booking.allocation()));
                throw new IllegalStateException("changed my mind");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(8));
    }

    @Test
    void aCachedMapEndsAtTheEarliestHoldDeadlineInIt() {
        Instant deadline = now.plusMillis(300);
        bookings.addAllocatingSeats(Booking.hold(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(2), now, deadline), Show.MAX_SEATS, now);
        bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(3), now), Show.MAX_SEATS, now);

        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(2, 3));
        assertThat(allocations.reservedSeats(show.id(), deadline.minusMillis(1))).isEqualTo(SeatNumbers.of(2, 3));
        assertThat(allocations.reservedSeats(show.id(), deadline)).as("the hold no longer blocks").isEqualTo(SeatNumbers.of(3));
    }

    @Test
    void readersThatMissTogetherShareOneRead() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<SeatMapCache.Reserved> slowRead = () -> {
            reads.incrementAndGet();
            started.countDown();
            await(release);
            return new SeatMapCache.Reserved(SeatNumbers.of(5), null, 0);
        };
        ExecutorService readers = Executors.newFixedThreadPool(16);
        List<Future<SeatNumbers>> results = new ArrayList<>();
        results.add(readers.submit(() -> cache.reservedSeats(show.id(), now, slowRead).seats()));
        started.await();
        for (int i = 0; i < 15; i++) {
            results.add(readers.submit(() -> cache.reservedSeats(show.id(), now, slowRead).seats()));
        }
        Thread.sleep(200);
        release.countDown();

        for (Future<SeatNumbers> result : results) {
            assertThat(result.get()).isEqualTo(SeatNumbers.of(5));
        }
        assertThat(reads).as("one read for 16 readers").hasValue(1);
        readers.shutdown();
    }

    @Test
    void aReadStartedBeforeAChangeIsNotSharedWithReadersAfterIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<SeatNumbers> before = reader.submit(() -> cache.reservedSeats(show.id(), now, () -> {
            started.countDown();
            await(release);
            return new SeatMapCache.Reserved(SeatNumbers.none(), null, 0);
        }).seats());
        started.await();

        cache.changed(show.id());
        SeatNumbers after = cache.reservedSeats(show.id(), now, () -> new SeatMapCache.Reserved(SeatNumbers.of(6), null, 0)).seats();
        release.countDown();

        assertThat(before.get()).isEqualTo(SeatNumbers.none());
        assertThat(after).as("read afresh, not joined to the older read").isEqualTo(SeatNumbers.of(6));
        assertThat(cache.reservedSeats(show.id(), now, () -> new SeatMapCache.Reserved(SeatNumbers.of(99), null, 0)).seats())
                .as("the older read was not stored").isEqualTo(SeatNumbers.of(6));
        reader.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsInsideAUnitOfWorkSeeItsOwnChangesAndAreNotCached() {
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.none());

        SeatNumbers inside = unitOfWork.inTransaction(() -> {
            bookings.addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner, ALICE, SeatNumbers.of(9), now), Show.MAX_SEATS, now);
            return allocations.reservedSeats(show.id(), now);
        });

        assertThat(inside).isEqualTo(SeatNumbers.of(9));
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.of(9));
    }
}
