package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live seat map's change log against real PostgreSQL: what the writes put in it, what a poll
 * reads (each change once, in the face of transactions that commit out of order or stay open), how
 * a follower resumes, and how far back it can.
 */
@QuarkusTest
class SeatChangeLogTest extends PostgresTestBase {

    private static final UserName ALICE = new UserName("Alice");
    /** These tests are about the change log, not the per-customer limit. */
    private static final int NO_SEAT_LIMIT = Show.MAX_SEATS;

    @Inject
    SeatChangeLog log;
    @Inject
    SeatChangePoller poller;
    @Inject
    SeatMapFeed feed;
    @Inject
    AgroalDataSource dataSource;

    private Show show;
    private Instant now;
    private Actor alice;

    @BeforeEach
    void aShow() {
        poller.pollOnce();
        alice = database.customer("alice");
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        show = show("Live", 20);
    }

    @Test
    void everyWriteThatChangesASeatMapLogsOneRowPerShowInItsTransaction() {
        Booking booked = book(1, 2);
        Booking held = hold(3);
        book(2, 4); // fails: seat 2 is taken
        assertThat(allocations.makeFirm(held.allocation(), now)).isTrue();
        Show other = show("Other", 5);
        Booking elsewhere = book(other, 5);
        unitOfWork.inTransaction(() -> {
            allocations.release(List.of(booked.allocation(), held.allocation(), elsewhere.allocation()));
            return null;
        });

        assertThat(database.strings("SELECT show_id || ' ' || seats::text FROM seat_changes"))
                .as("book, hold, the other show's booking, then one release of two shows; no row for the failure or the confirm")
                .containsExactlyInAnyOrder(show.id() + " {1,2}", show.id() + " {3}", other.id() + " {5}",
                        show.id() + " {1,2,3}", other.id() + " {5}");
        assertThat(database.count("SELECT count(DISTINCT txid) FROM seat_changes")).as("the release was one transaction").isEqualTo(4);
    }

    @Test
    void aPollReadsEachChangeOnceWithTheSeatsAsTheyAreNow() {
        long start = log.watermark();
        Booking booked = book(1, 2);
        book(5);
        unitOfWork.inTransaction(() -> {
            allocations.release(List.of(booked.allocation()));
            return null;
        });

        SeatChangeLog.Batch batch = log.poll(start);

        assertThat(batch.changes()).hasSize(1);
        SeatMapChange change = batch.changes().get(0);
        assertThat(change.showId()).isEqualTo(show.id());
        assertThat(change.reserved()).isEqualTo(SeatNumbers.of(5));
        assertThat(change.released()).as("booked, then freed: free now").isEqualTo(SeatNumbers.of(1, 2));
        assertThat(change.version()).as("the newest transaction's id").isEqualTo(newestTxid());
        assertThat(batch.watermark()).isGreaterThan(change.version());
        assertThat(log.poll(batch.watermark()).changes()).as("read once").isEmpty();
    }

    @Test
    void aTransactionLeftOpenHoldsTheWatermarkBackAndNothingCommittedBehindItIsSkipped() throws Exception {
        Booking early = book(3);
        long start = log.watermark();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            long older;
            try (Statement statement = open.createStatement(); ResultSet rows = statement.executeQuery("SELECT pg_current_xact_id()::text")) {
                rows.next();
                older = Long.parseLong(rows.getString(1));
            }
            // a younger transaction commits first
            book(4);
            SeatChangeLog.Batch first = log.poll(start);
            assertThat(first.changes()).as("the younger change waits for the older transaction").isEmpty();
            assertThat(first.watermark()).isLessThanOrEqualTo(older);

            // the older one frees seat 3 (as a cancel would) and commits last
            try (Statement statement = open.createStatement()) {
                statement.execute("DELETE FROM seat_allocations WHERE booking_id = '" + early.id() + "'");
                statement.execute("INSERT INTO seat_changes (show_id, seats) VALUES ('" + show.id() + "', '{3}')");
            }
            open.commit();

            SeatChangeLog.Batch second = log.poll(first.watermark());
            assertThat(second.changes()).hasSize(1);
            assertThat(second.changes().get(0).reserved()).isEqualTo(SeatNumbers.of(4));
            assertThat(second.changes().get(0).released()).as("the late commit is not skipped").isEqualTo(SeatNumbers.of(3));
            assertThat(second.changes().get(0).version()).isGreaterThan(older);
            assertThat(log.poll(second.watermark()).changes()).isEmpty();
        }
    }

    @Test
    void aSeatMapReadHoldsEveryChangeUpToItsVersionAndNoneAbove() {
        book(1);
        long version = allocations.reservedSeatsWithVersion(show.id(), now).version();
        assertThat(database.count("SELECT count(*) FROM seat_changes WHERE txid::text::bigint > " + version))
                .as("the booking is below the version").isZero();

        book(2);
        List<SeatMapChange> since = log.since(show.id(), version).orElseThrow();
        assertThat(since).hasSize(1);
        assertThat(since.get(0).version()).isGreaterThan(version);
        assertThat(since.get(0).reserved()).isEqualTo(SeatNumbers.of(2));
    }

    @Test
    void aFollowerResumesWithTheChangesSinceItsVersion() {
        Booking first = book(7);
        long seen = newestTxid();
        unitOfWork.inTransaction(() -> {
            allocations.release(List.of(first.allocation()));
            return null;
        });
        book(8);
        book(show("Unrelated", 5), 1);

        Optional<List<SeatMapChange>> since = log.since(show.id(), seen);

        assertThat(since).isPresent();
        assertThat(since.get()).hasSize(1);
        assertThat(since.get().get(0).reserved()).isEqualTo(SeatNumbers.of(8));
        assertThat(since.get().get(0).released()).isEqualTo(SeatNumbers.of(7));
        long latest = since.get().get(0).version();
        assertThat(log.since(show.id(), latest)).as("nothing since the latest").contains(List.of());
        assertThat(log.since(show.id(), Long.MAX_VALUE / 2)).as("a version never handed out").isEmpty();
    }

    @Test
    void pruningMovesTheHorizonAndAFollowerBehindItGetsASnapshot() {
        database.execute("INSERT INTO seat_changes (show_id, seats, changed_at) VALUES ('" + show.id() + "', '{1}', now() - interval '1 hour')");
        long old = newestTxid();
        book(2);

        assertThat(log.prune(Duration.ofMinutes(10), 100)).isEqualTo(1);
        assertThat(log.prune(Duration.ofMinutes(10), 100)).as("twice deletes nothing twice").isZero();

        assertThat(database.count("SELECT count(*) FROM seat_changes")).isEqualTo(1);
        assertThat(log.since(show.id(), old - 1)).as("rows after it may be gone").isEmpty();
        assertThat(log.since(show.id(), old)).as("nothing after it was pruned").isPresent();
    }

    @Test
    void thePollerDropsStaleSeatMapsAndTellsFollowersOfChangesMadeByAnotherInstance() {
        List<SeatMapChange> received = new ArrayList<>();
        SeatMapFeed.Subscription subscription = feed.subscribe(show.id(), new SeatMapFeed.Listener() {
            @Override
            public void changed(SeatMapChange change) {
                received.add(change);
            }

            @Override
            public void lost() {
                received.clear();
            }
        });
        assertThat(allocations.reservedSeats(show.id(), now)).isEqualTo(SeatNumbers.none());

        // another instance books seat 6: same tables, but this instance's cache is not told
        BookingId id = BookingId.random();
        database.execute(("INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, created_at, updated_at) "
                + "VALUES ('%s', '%s', '%s', 'Bob', '{6}', 'CONFIRMED', now(), now())").formatted(id, show.id(), alice.id()));
        database.execute("INSERT INTO seat_allocations (show_id, seat_number, booking_id) VALUES ('%s', 6, '%s')".formatted(show.id(), id));
        database.execute("INSERT INTO seat_changes (show_id, seats) VALUES ('%s', '{6}')".formatted(show.id()));
        assertThat(allocations.reservedSeats(show.id(), now.plusMillis(1))).as("still the cached map").isEqualTo(SeatNumbers.none());

        poller.pollOnce();

        assertThat(allocations.reservedSeats(show.id(), now.plusMillis(2))).as("fresh after one poll").isEqualTo(SeatNumbers.of(6));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).reserved()).isEqualTo(SeatNumbers.of(6));
        subscription.cancel();
        book(9);
        poller.pollOnce();
        assertThat(received).as("nothing after cancelling").hasSize(1);
    }

    @Test
    void whenTheDatabaseDropsItsConnectionsThePollerCarriesOnFromWhereItWasAndMissesNothing() {
        List<SeatMapChange> received = new ArrayList<>();
        SeatMapFeed.Subscription subscription = feed.subscribe(show.id(), new SeatMapFeed.Listener() {
            @Override
            public void changed(SeatMapChange change) {
                received.add(change);
            }

            @Override
            public void lost() {
                received.clear();
            }
        });
        book(11);
        // as a restart of PostgreSQL does to every connection of the pool
        database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");

        int failedPolls = pollUntil(() -> !received.isEmpty());
        retrying(() -> book(12));
        pollUntil(() -> received.size() == 2);

        System.out.printf("[feed] %d poll(s) failed on dropped connections; none lost a change%n", failedPolls);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).reserved()).isEqualTo(SeatNumbers.of(11));
        assertThat(received.get(1).reserved()).isEqualTo(SeatNumbers.of(12));
        subscription.cancel();
    }

    /** Polls until the condition holds (20 tries at most); returns how many polls failed. */
    private int pollUntil(java.util.function.BooleanSupplier condition) {
        int failed = 0;
        for (int attempt = 0; attempt < 20 && !condition.getAsBoolean(); attempt++) {
            try {
                poller.pollOnce();
            } catch (RuntimeException connectionLost) {
                failed++; // the next poll gets a new connection and starts from the same watermark
            }
        }
        return failed;
    }

    private static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException connectionLost) {
                if (attempt == 20) {
                    throw connectionLost;
                }
            }
        }
    }

    private long newestTxid() {
        return database.count("SELECT max(txid::text::bigint) FROM seat_changes");
    }

    private Show show(String name, int seats) {
        Show created = Show.restore(ShowId.random(), new ShowName(name), now.plus(Duration.ofDays(1)), seats);
        unitOfWork.inTransaction(() -> {
            shows.add(created);
            return null;
        });
        return created;
    }

    private Booking book(int... seats) {
        return book(show, seats);
    }

    private Booking book(Show target, int... seats) {
        return bookings.addAllocatingSeats(Booking.book(BookingId.random(), target.id(), alice.id(), ALICE, SeatNumbers.of(seats), now), NO_SEAT_LIMIT, now);
    }

    private Booking hold(int... seats) {
        return bookings.addAllocatingSeats(Booking.hold(BookingId.random(), show.id(), alice.id(), ALICE, SeatNumbers.of(seats), now,
                now.plus(Duration.ofMinutes(2))), NO_SEAT_LIMIT, now);
    }
}
