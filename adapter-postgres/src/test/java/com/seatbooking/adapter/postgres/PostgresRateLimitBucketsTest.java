package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.out.RateLimitBuckets.Rate;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shared rate-limit buckets in PostgreSQL: two instances draw from one bucket; a synchronisation
 * rewrites its row in place.
 */
@QuarkusTest
class PostgresRateLimitBucketsTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TestDatabase database;

    @BeforeEach
    void startEmpty() {
        database.empty();
    }

    @Test
    void twoInstancesShareOneBucket() {
        // one token per synchronisation: every token is written before the next is taken
        PostgresRateLimitBuckets one = new PostgresRateLimitBuckets(dataSource, 0, Duration.ofMillis(1));
        PostgresRateLimitBuckets two = new PostgresRateLimitBuckets(dataSource, 0, Duration.ofMillis(1));
        Rate rate = new Rate(10, Duration.ofHours(1));

        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            PostgresRateLimitBuckets instance = i % 2 == 0 ? one : two;
            if (instance.tryConsume("a:shared", rate, true).isZero()) {
                allowed++;
            }
        }

        assertThat(allowed).as("10 tokens in all, whichever instance takes them").isBetween(10, 12);
        assertThat(one.tryConsume("a:shared", rate, true)).as("empty: wait for a refill").isGreaterThan(Duration.ofMinutes(5));
        assertThat(database.count("SELECT count(*) FROM rate_limit_buckets WHERE id = 'a:shared'")).isEqualTo(1);
        assertThat(one.tryConsume("a:other", rate, true)).as("another key, another bucket").isZero();
    }

    @Test
    void localBucketsAreNotWrittenToTheDatabase() {
        PostgresRateLimitBuckets instance = new PostgresRateLimitBuckets(dataSource, 10, Duration.ofSeconds(1));
        Rate rate = new Rate(3, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(instance.tryConsume("r:203.0.113.9", rate, false)).isZero();
        }

        assertThat(instance.tryConsume("r:203.0.113.9", rate, false)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
        assertThat(database.count("SELECT count(*) FROM rate_limit_buckets")).isZero();
    }

    @Test
    void idleBucketsAreDeletedOnceTheyWouldBeFullAgain() {
        PostgresRateLimitBuckets instance = new PostgresRateLimitBuckets(dataSource, 0, Duration.ofMillis(1));
        instance.tryConsume("a:idle", new Rate(5, Duration.ofMinutes(1)), true);
        database.execute("UPDATE rate_limit_buckets SET expires_at = 1");

        assertThat(instance.deleteExpired(100)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM rate_limit_buckets")).isZero();
    }

    @Test
    void aSynchronisationRewritesTheBucketInPlaceWithoutTouchingAnIndex() throws SQLException {
        // Bucket4j's own statement for a synchronisation (state and expiry change, the id never does);
        // counted in SQL for this transaction: updates, and those that stayed heap-only (migration V15)
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO rate_limit_buckets (id, state, expires_at) VALUES ('a:hot', '\\x00', 1)");
            }
            long[] before = updateCounts(connection);
            try (PreparedStatement update = connection.prepareStatement("UPDATE rate_limit_buckets SET state=?, expires_at=? WHERE id=?")) {
                for (int sync = 1; sync <= 20; sync++) {
                    update.setBytes(1, new byte[] {(byte) sync, 1, 2, 3, 4, 5, 6, 7});
                    update.setLong(2, System.currentTimeMillis() + 60_000 + sync);
                    update.setString(3, "a:hot");
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
            }
            long[] after = updateCounts(connection);
            connection.rollback();
            assertThat(after[0] - before[0]).as("updates").isEqualTo(20);
            assertThat(after[1] - before[1]).as("heap-only updates: no index entry written").isEqualTo(20);
        }
    }

    /** Updates of rate_limit_buckets counted so far by this connection's session, and how many of them were heap-only. */
    private static long[] updateCounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet counts = statement.executeQuery(
                "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relid = 'rate_limit_buckets'::regclass")) {
            counts.next();
            return new long[] {counts.getLong(1), counts.getLong(2)};
        }
    }
}
