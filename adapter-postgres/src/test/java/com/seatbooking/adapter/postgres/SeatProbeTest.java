package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.show.Show;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A booking, a hold's extension and its confirmation read only the seats they name, however many
 * seats the show has sold, also under the plan PostgreSQL makes without the parameters' values (a
 * generic plan, which it may switch to for a prepared statement or a PL/pgSQL function after five
 * runs). Counted in SQL: the rows read from {@code seat_allocations} in the transaction
 * ({@code pg_stat_xact_user_tables}). Migration V14 and {@link SeatAllocationSql}.
 */
@QuarkusTest
class SeatProbeTest extends PostgresTestBase {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));
    private static final int SOLD = 40_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bookingExtendingAndConfirmingReadTheirOwnSeatsNotTheShowsSoldOnes() throws SQLException {
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 100, 10);
        Show show = new CreateShowService(shows, unitOfWork, Clock.systemUTC(), settings)
                .createShow(CreateShowCommand.of(ADMIN, "Sold out nearly", Instant.now().plus(Duration.ofDays(1)), 50_000)).show();
        UUID showId = show.id().value();
        UUID sold = UUID.randomUUID();
        UUID owner = database.customer("prober").id().value();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The case that went wrong, made on purpose inside this transaction (rolled back at the end, so the
                // allocations' deferred foreign key is never checked): statistics that say a show has a seat or two
                // allocated (as when many small shows sell), then a show that sold 40,000 seats since.
                statement.execute("INSERT INTO seat_allocations (show_id, seat_number, booking_id) "
                        + "SELECT gen_random_uuid(), 1, gen_random_uuid() FROM generate_series(1, 5000)");
                statement.execute("ANALYZE seat_allocations");
                statement.execute("""
                        INSERT INTO bookings (id, show_id, user_name, seats, status, created_at, updated_at)
                        VALUES ('%1$s', '%2$s', 'Box office', (SELECT array_agg(n ORDER BY n) FROM generate_series(1, %3$d) n),
                                'CONFIRMED', now(), now())""".formatted(sold, showId, SOLD));
                statement.execute("INSERT INTO seat_allocations (show_id, seat_number, booking_id) SELECT '%s', n, '%s' FROM generate_series(1, %d) n"
                        .formatted(showId, sold, SOLD));
                statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            }
            long before = rowsRead(connection);
            Instant now = Instant.now();
            Instant deadline = now.plus(Duration.ofMinutes(2));
            // a fresh seat, seats of which one is sold (a FAILED attempt), and a hold; six times, so
            // that any plan PostgreSQL would switch to after five runs is the one counted
            for (int round = 0; round < 6; round++) {
                int seat = SOLD + 1 + 3 * round;
                assertThat(book(connection, showId, UUID.randomUUID(), new Integer[] {seat}, now, null, "CONFIRMED", "SEATS_BOOKED", owner))
                        .as("conflicts of a fresh seat").isEmpty();
                assertThat(book(connection, showId, UUID.randomUUID(), new Integer[] {10 + round, seat + 1}, now, null, "CONFIRMED",
                        "SEATS_BOOKED", owner)).as("conflicts of a sold seat and a free one").containsExactly(10 + round);
                UUID hold = UUID.randomUUID();
                assertThat(book(connection, showId, hold, new Integer[] {seat + 2}, now, deadline, "PENDING", "SEATS_HELD", owner))
                        .as("conflicts of a held seat").isEmpty();
                assertThat(changeHold(connection, SeatAllocationSql.EXTEND, showId, seat + 2, hold, now, deadline.plusSeconds(60)))
                        .as("extended").isEqualTo(1);
                assertThat(changeHold(connection, SeatAllocationSql.MAKE_FIRM, showId, seat + 2, hold, now, null))
                        .as("confirmed").isEqualTo(1);
            }

            long read = rowsRead(connection) - before;
            connection.rollback();
            // 30 calls naming 1 or 2 seats each: a few dozen rows; a scan of the show's allocations reads 40,000 per call
            assertThat(read).as("rows of seat_allocations read by 30 calls").isLessThan(200);
        }
    }

    /** The rows of seat_allocations read so far in this transaction. */
    private static long rowsRead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)
                FROM pg_stat_xact_user_tables WHERE relid = 'seat_allocations'::regclass""")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** book_seats, unkeyed, with a FAILED attempt stored when seats are taken; the taken seats. */
    private static Integer[] book(Connection connection, UUID show, UUID booking, Integer[] seats, Instant now, Instant deadline,
            String status, String reason, UUID owner) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BookingSql.BOOK_SEATS)) {
            for (int parameter = 1; parameter <= 6; parameter++) {
                statement.setNull(parameter, java.sql.Types.VARCHAR);
            }
            statement.setObject(7, show);
            statement.setObject(8, booking);
            statement.setArray(9, connection.createArrayOf("int4", seats));
            statement.setTimestamp(10, Timestamp.from(now));
            statement.setTimestamp(11, deadline == null ? null : Timestamp.from(deadline));
            statement.setString(12, "Prober");
            statement.setString(13, status);
            statement.setString(14, reason);
            statement.setString(15, "FAILED");
            statement.setString(16, "SEATS_UNAVAILABLE");
            statement.setString(17, "SEATS_UNAVAILABLE");
            statement.setObject(18, owner);
            statement.setInt(19, 1_000);
            statement.setBoolean(20, true);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return (Integer[]) rows.getArray(1).getArray();
            }
        }
    }

    /** {@link SeatAllocationSql#EXTEND} (with a new deadline) or {@link SeatAllocationSql#MAKE_FIRM} of one held seat. */
    private static int changeHold(Connection connection, String sql, UUID show, int seat, UUID booking, Instant now, Instant newDeadline)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, show);
            statement.setArray(2, connection.createArrayOf("int4", new Integer[] {seat}));
            statement.setObject(3, booking);
            statement.setTimestamp(4, Timestamp.from(now));
            if (newDeadline != null) {
                statement.setTimestamp(5, Timestamp.from(newDeadline));
            }
            return statement.executeUpdate();
        }
    }
}
