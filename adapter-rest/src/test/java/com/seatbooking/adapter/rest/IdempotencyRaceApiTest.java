package com.seatbooking.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A double click or an impatient retry, many times over: 20 copies of one keyed booking sent at once
 * over HTTP make exactly one booking in PostgreSQL; every copy is answered with that booking
 * (replayed) or told to retry in a second (409 idempotency-key-in-use, Retry-After: 1).
 */
@QuarkusTest
class IdempotencyRaceApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void twentyCopiesOfOneKeyedBookingAtOnceMakeOneBooking() throws Exception {
        String show = Api.createShow(Api.uniqueName("Double click"), 10);
        String key = IdempotencyApiTest.key();
        Api.token("racer");
        int copies = 20;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch go = new CountDownLatch(1);
        Queue<Response> answers = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < copies; i++) {
            pool.submit(() -> {
                go.await();
                answers.add(IdempotencyApiTest.keyedBooking("racer", key, show, Map.of("seats", List.of(3, 4), "hold", true)));
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        List<Response> created = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
        List<Response> inUse = answers.stream().filter(answer -> answer.statusCode() == 409).toList();
        System.out.printf("[idempotency] 20 copies over HTTP: %d answered 201 (%d replayed), %d told the key is in use%n", created.size(),
                created.stream().filter(answer -> "true".equals(answer.header("Idempotent-Replayed"))).count(), inUse.size());
        assertThat(answers).hasSize(copies);
        assertThat(created.size() + inUse.size()).as("only 201 or 409").isEqualTo(copies);
        assertThat(created).isNotEmpty();
        assertThat(created.stream().filter(answer -> answer.header("Idempotent-Replayed") == null)).as("one first answer").hasSize(1);
        assertThat(created.stream().map(answer -> answer.<String>path("id")).distinct()).as("all the same booking").hasSize(1);
        assertThat(inUse).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.<String>path("type")).isEqualTo("urn:problem-type:seat-booking:idempotency-key-in-use");
            assertThat(answer.header("Retry-After")).isEqualTo("1");
        });
        assertThat(count("SELECT count(*) FROM bookings WHERE show_id = '" + show + "'")).as("exactly one booking in the database").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM seat_allocations WHERE show_id = '" + show + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE key = '" + key + "'")).isEqualTo(1);

        // and a late retry still gets the booking
        IdempotencyApiTest.keyedBooking("racer", key, show, Map.of("seats", List.of(3, 4), "hold", true)).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(count("SELECT count(*) FROM bookings WHERE show_id = '" + show + "'")).isEqualTo(1);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
