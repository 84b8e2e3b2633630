package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.out.RateLimitBuckets.Rate;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shared rate-limit buckets in PostgreSQL: two instances draw from one bucket. */
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
}
