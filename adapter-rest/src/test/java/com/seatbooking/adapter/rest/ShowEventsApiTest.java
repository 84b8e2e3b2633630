package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /shows/{id}/events over HTTP, on PostgreSQL, with the change-log poller running as in production. */
@QuarkusTest
class ShowEventsApiTest {

    static final Duration SOON = Duration.ofSeconds(5);

    String show;

    @BeforeEach
    void aShow() {
        show = Api.createShow(Api.uniqueName("Live"), 10);
    }

    @Test
    void aSnapshotFirstThenAnEventPerChangeWithGrowingVersions() {
        try (EventStream stream = EventStream.open(show)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("X-Accel-Buffering")).as("no buffering in nginx").isEqualTo("no");
            EventStream.Event snapshot = stream.next(SOON);
            assertThat(snapshot.name()).isEqualTo("snapshot");
            assertThat(snapshot.json().getString("showId")).isEqualTo(show);
            assertThat(snapshot.json().getLong("version")).isEqualTo(snapshot.version());
            assertThat(snapshot.json().getInt("totalSeats")).isEqualTo(10);
            assertThat(snapshot.ints("reservedSeats")).isEmpty();
            assertThat(snapshot.ints("availableSeats")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

            String booking = Api.book(show, "alice", 2, 3).then().statusCode(201).extract().path("id");
            EventStream.Event booked = stream.next(SOON);
            assertThat(booked.name()).isEqualTo("seats");
            assertThat(booked.json().getString("showId")).isEqualTo(show);
            assertThat(booked.ints("reserved")).containsExactly(2, 3);
            assertThat(booked.ints("released")).isEmpty();
            assertThat(booked.version()).isGreaterThan(snapshot.version());
            assertThat(booked.json().getLong("version")).isEqualTo(booked.version());

            Api.book(show, "bob", 3, 4).then().statusCode(409);
            Api.hold(show, "bob", 4).then().statusCode(201);
            EventStream.Event held = stream.next(SOON);
            assertThat(held.ints("reserved")).as("a failed attempt changes nothing; the hold does").containsExactly(4);
            assertThat(held.version()).isGreaterThan(booked.version());

            Api.as("alice").post("/bookings/{id}/cancel", booking).then().statusCode(200);
            EventStream.Event cancelled = stream.next(SOON);
            assertThat(cancelled.ints("released")).containsExactly(2, 3);
            assertThat(cancelled.ints("reserved")).isEmpty();
            assertThat(cancelled.version()).isGreaterThan(held.version());
        }
    }

    @Test
    void theSeatMapCarriesTheVersionTheEventsCountFrom() {
        long before = given().get("/shows/{id}", show).then().statusCode(200).extract().jsonPath().getLong("version");
        try (EventStream stream = EventStream.open(show)) {
            assertThat(stream.next(SOON).version()).isGreaterThanOrEqualTo(before);
            Api.book(show, "alice", 1).then().statusCode(201);
            long event = stream.next(SOON).version();
            long after = given().get("/shows/{id}", show).then().statusCode(200).extract().jsonPath().getLong("version");
            assertThat(event).isGreaterThan(before);
            assertThat(after).as("the map read after the event holds it").isGreaterThanOrEqualTo(event);
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() {
        long seen;
        try (EventStream stream = EventStream.open(show)) {
            seen = stream.next(SOON).version();
        }
        Api.book(show, "alice", 5).then().statusCode(201);
        Api.book(show, "alice", 6).then().statusCode(201);
        waitForThePoller();

        try (EventStream resumed = EventStream.open("/shows/" + show + "/events", Map.of("Last-Event-ID", Long.toString(seen)))) {
            EventStream.Event missed = resumed.next(SOON);
            assertThat(missed.name()).as("no snapshot").isEqualTo("seats");
            assertThat(missed.ints("reserved")).containsExactly(5, 6);
            assertThat(missed.version()).isGreaterThan(seen);

            Api.book(show, "alice", 7).then().statusCode(201);
            EventStream.Event live = resumed.next(SOON);
            assertThat(live.ints("reserved")).containsExactly(7);
            assertThat(live.version()).isGreaterThan(missed.version());
        }
        try (EventStream polyfill = EventStream.open("/shows/" + show + "/events?lastEventId=" + seen, Map.of())) {
            EventStream.Event missed = polyfill.next(SOON);
            assertThat(missed.name()).isEqualTo("seats");
            assertThat(missed.ints("reserved")).containsExactly(5, 6, 7);
        }
    }

    @Test
    void anUnknownTooOldOrGarbledLastEventIdGetsAFreshSnapshot() throws SQLException {
        Api.book(show, "alice", 1).then().statusCode(201);
        long current;
        try (EventStream stream = EventStream.open(show)) {
            current = stream.next(SOON).version();
        }
        waitForThePoller();
        for (String id : List.of("999999999999999", "not-a-number", "-3")) {
            try (EventStream stream = EventStream.open("/shows/" + show + "/events", Map.of("Last-Event-ID", id))) {
                EventStream.Event first = stream.next(SOON);
                assertThat(first.name()).as("after " + id).isEqualTo("snapshot");
                assertThat(first.ints("reservedSeats")).containsExactly(1);
            }
        }
        // the log was pruned up to the current version: a client from before it may have missed rows
        sql("UPDATE seat_change_horizon SET pruned_through = '" + current + "'");
        try (EventStream stream = EventStream.open("/shows/" + show + "/events", Map.of("Last-Event-ID", Long.toString(current - 1)))) {
            assertThat(stream.next(SOON).name()).isEqualTo("snapshot");
        } finally {
            sql("UPDATE seat_change_horizon SET pruned_through = '0'");
        }
    }

    @Test
    void heartbeatsKeepTheConnectionAlive() {
        try (EventStream stream = EventStream.open(show)) {
            stream.next(SOON);
            assertThat(stream.nextComment(SOON).comment()).isEqualTo("heartbeat");
        }
    }

    @Test
    void anUnknownShowIsA404ProblemAndAMalformedIdA400() {
        given().accept("text/event-stream").get("/shows/{id}/events", "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:show-not-found"));
        given().accept("text/event-stream").get("/shows/{id}/events", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void manyBookingsAtOnceEndWithTheFollowersMapEqualToTheDatabases() throws Exception {
        String big = Api.createShow(Api.uniqueName("Live race"), 60);
        int threads = 12;
        int requests = 20;
        List<String> users = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            users.add("racer-" + t);
            Api.token("racer-" + t);
        }
        try (EventStream early = EventStream.open(big)) {
            Set<Integer> map = new TreeSet<>(early.next(SOON).ints("reservedSeats"));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
            for (int t = 0; t < threads; t++) {
                String user = users.get(t);
                Random random = new Random(t);
                pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    try {
                        for (int i = 0; i < requests; i++) {
                            if (!mine.isEmpty() && random.nextInt(3) == 0) {
                                Api.as(user).post("/bookings/{id}/cancel", mine.remove(0)).then().statusCode(200);
                            } else {
                                int seat = 1 + random.nextInt(60);
                                var response = random.nextBoolean() ? Api.book(big, user, seat) : Api.hold(big, user, seat);
                                if (response.statusCode() == 201) {
                                    mine.add(response.path("id"));
                                } else {
                                    assertThat(response.statusCode()).isEqualTo(409);
                                }
                            }
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(errors).isEmpty();
            List<Integer> truth = Api.reservedSeats(big);

            long deadline = System.nanoTime() + SOON.toNanos();
            long version = 0;
            int events = 0;
            while (!map.equals(new TreeSet<>(truth)) && System.nanoTime() < deadline) {
                for (EventStream.Event event : early.drain()) {
                    assertThat(event.version()).as("versions only grow").isGreaterThan(version);
                    version = event.version();
                    map.addAll(event.ints("reserved"));
                    event.ints("released").forEach(map::remove);
                    events++;
                }
                Thread.sleep(20);
            }
            System.out.printf("[feed] %d requests by %d clients; the follower got %d events%n", threads * requests, threads, events);
            assertThat(map).isEqualTo(new TreeSet<>(truth));
        }
    }

    void waitForThePoller() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sql(String statement) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement update = connection.createStatement()) {
            update.execute(statement);
        }
    }
}
