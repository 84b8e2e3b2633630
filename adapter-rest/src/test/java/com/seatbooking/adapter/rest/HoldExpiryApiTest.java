package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.seatbooking.adapter.scheduler.ExpireHoldsJob;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Holds that are not confirmed in time expire, and their seats return to sale. */
@QuarkusTest
@TestProfile(ShortHoldsProfile.class)
class HoldExpiryApiTest {

    private static final Pattern EXPIRED = Pattern.compile("seatbooking_bookings_total\\{outcome=\"expired\",reason=\"hold_expired\"} ([0-9.]+)");

    @Inject
    ExpireHoldsJob job;
    @Inject
    Scheduler scheduler;

    @Test
    void followersSeeAnExpiredHoldsSeatsTurnFree() {
        String show = Api.createShow(Api.uniqueName("Short holds, live"), 5);
        try (EventStream stream = EventStream.open(show)) {
            stream.next(Duration.ofSeconds(5));
            Api.hold(show, "bob", 4, 5).then().statusCode(201);
            EventStream.Event held = stream.next(Duration.ofSeconds(5));
            assertThat(held.ints("reserved")).containsExactly(4, 5);

            // the hold lasts 2 s and the expiry job runs every second
            EventStream.Event expired = stream.next(Duration.ofSeconds(8));
            assertThat(expired.name()).isEqualTo("seats");
            assertThat(expired.ints("released")).containsExactly(4, 5);
            assertThat(expired.version()).isGreaterThan(held.version());
        }
    }

    @Test
    void anUnconfirmedHoldExpiresAndItsSeatsReturnToSale() throws InterruptedException {
        String show = Api.createShow(Api.uniqueName("Short holds"), 5);
        String hold = Api.hold(show, "bob", 2, 3).then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        Instant expiresAt = Instant.parse(Api.as("bob").get("/bookings/{id}", hold).then().extract().path("expiresAt"));
        assertThat(Api.reservedSeats(show)).containsExactly(2, 3);

        sleepUntil(expiresAt.plusMillis(100));

        assertThat(Api.reservedSeats(show)).as("free at the deadline, whether or not the job ran").isEmpty();
        Api.as("bob").get("/bookings/{id}", hold).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("HOLD_EXPIRED"))
                .body("history.reason", contains("SEATS_HELD", "HOLD_EXPIRED"))
                .body("history[1].at", equalTo(expiresAt.toString()));
        Api.as("bob").post("/bookings/{id}/confirm", hold).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:hold-expired"));
        Api.as("bob").post("/bookings/{id}/cancel", hold).then().statusCode(409);
        Api.book(show, "carol", 3).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void theJobRecordsExpiryWithoutAnyoneAsking() throws InterruptedException {
        double before = expiredCount();
        String show = Api.createShow(Api.uniqueName("Job"), 5);
        Api.hold(show, "bob", 1).then().statusCode(201);

        Instant deadline = Instant.now().plusSeconds(10);
        while (expiredCount() < before + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(expiredCount()).as("the scheduled job expired the hold").isEqualTo(before + 1);
    }

    @Test
    void aConfirmedHoldOutlivesItsDeadline() throws InterruptedException {
        String show = Api.createShow(Api.uniqueName("Kept"), 5);
        String hold = Api.hold(show, "bob", 4).then().statusCode(201).extract().path("id");
        Api.as("bob").post("/bookings/{id}/confirm", hold).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        Thread.sleep(Duration.ofSeconds(3).toMillis());

        Api.as("bob").get("/bookings/{id}", hold).then().body("status", equalTo("CONFIRMED"));
        assertThat(Api.reservedSeats(show)).containsExactly(4);
    }

    @Test
    void concurrentJobRunsExpireEachHoldExactlyOnce() throws Exception {
        job.run(); // whatever earlier tests left due is counted before we start
        double before = expiredCount();
        String show = Api.createShow(Api.uniqueName("Many holds"), 60);
        List<String> holds = new ArrayList<>();
        // on a busy machine the first of these may expire (and be counted) before the last is made
        for (int seat = 1; seat <= 50; seat++) {
            holds.add(Api.hold(show, "user" + seat, seat).then().statusCode(201).extract().path("id"));
        }
        Instant lastDeadline = Instant.parse(Api.asAdmin().get("/bookings/{id}", holds.get(holds.size() - 1)).then().extract().path("expiresAt"));
        sleepUntil(lastDeadline.plusMillis(50));

        // two runs by hand while the scheduler keeps running its own
        CompletableFuture<Void> first = CompletableFuture.runAsync(job::run);
        CompletableFuture<Void> second = CompletableFuture.runAsync(job::run);
        CompletableFuture.allOf(first, second).get();
        Instant deadline = Instant.now().plusSeconds(10);
        while (expiredCount() < before + 50 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);

        assertThat(expiredCount()).as("each of the 50 holds expired exactly once").isEqualTo(before + 50);
        for (String hold : holds) {
            Api.asAdmin().get("/bookings/{id}", hold).then().body("history.reason", contains("SEATS_HELD", "HOLD_EXPIRED"));
        }
        assertThat(Api.reservedSeats(show)).isEmpty();
    }

    @Test
    void anExtendedHoldKeepsItsSeatsPastItsFirstDeadlineThenExpires() throws InterruptedException {
        String show = Api.createShow(Api.uniqueName("Extended"), 5);
        String hold = Api.hold(show, "olga", 2).then().statusCode(201).extract().path("id");
        Instant firstDeadline = Instant.parse(Api.as("olga").get("/bookings/{id}", hold).then().extract().path("expiresAt"));
        Instant newDeadline = Instant.parse(Api.as("olga").post("/bookings/{id}/extend", hold).then().statusCode(200)
                .extract().path("expiresAt"));
        assertThat(newDeadline).isEqualTo(firstDeadline.plusSeconds(2));

        sleepUntil(firstDeadline.plusMillis(300));

        Api.book(show, "pete", 2).then().statusCode(409).body("conflictingSeats", contains(2));
        assertThat(Api.reservedSeats(show)).containsExactly(2);
        Api.as("olga").get("/bookings/{id}", hold).then().body("status", equalTo("PENDING"));

        sleepUntil(newDeadline.plusMillis(100));

        Api.as("olga").post("/bookings/{id}/extend", hold).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:hold-expired"));
        Api.book(show, "pete", 2).then().statusCode(201);
    }

    @Test
    void theCleanUpRunsOnItsConfiguredInterval() {
        Trigger purge = scheduler.getScheduledJob("purge-stale-records");

        assertThat(purge).as("the clean-up job is scheduled").isNotNull();
        assertThat(purge.getNextFireTime()).as("every BOOKING_PURGE_INTERVAL (1 s here)")
                .isBefore(Instant.now().plusSeconds(3));
    }

    private static double expiredCount() {
        Matcher matcher = EXPIRED.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
