package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Booking, holding, confirming and cancelling over real HTTP. */
@QuarkusTest
class BookingApiTest {

    @Test
    void bookingFreeSeatsConfirmsThem() {
        String show = Api.createShow(Api.uniqueName("Concert"), 10);

        String location = Api.book(show, "alice", 5, 4).then().statusCode(201)
                .contentType("application/json")
                .header("Location", matchesPattern(".*/bookings/[0-9a-f-]{36}$"))
                .body("showId", equalTo(show))
                .body("userName", equalTo("alice"))
                .body("owner", equalTo("alice"))
                .body("seats", contains(4, 5))
                .body("status", equalTo("CONFIRMED"))
                .body("expiresAt", nullValue())
                .body("failureReason", nullValue())
                .body("conflictingSeats", empty())
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("CONFIRMED"))
                .body("history[0].reason", equalTo("SEATS_BOOKED"))
                .extract().header("Location");

        Api.as("alice").get(location).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(Api.reservedSeats(show)).containsExactly(4, 5);
    }

    @Test
    void aTakenSeatFailsTheWholeBookingWith409AndTheStoredAttempt() {
        String show = Api.createShow(Api.uniqueName("Concert"), 10);
        Api.book(show, "alice", 3).then().statusCode(201);

        String location = Api.book(show, "bob", 2, 3, 4).then().statusCode(409)
                .contentType("application/json")
                .header("Location", matchesPattern(".*/bookings/[0-9a-f-]{36}$"))
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("SEATS_UNAVAILABLE"))
                .body("conflictingSeats", contains(3))
                .body("seats", contains(2, 3, 4))
                .body("history[0].reason", equalTo("SEATS_UNAVAILABLE"))
                .extract().header("Location");

        assertThat(Api.reservedSeats(show)).as("nothing of the failed attempt was booked").containsExactly(3);
        Api.as("bob").get(location).then().statusCode(200).body("status", equalTo("FAILED")).body("conflictingSeats", contains(3));
    }

    @Test
    void aHoldIsPendingUntilItsDeadlineThenConfirmed() {
        String show = Api.createShow(Api.uniqueName("Bus"), 10);
        Instant before = Instant.now();

        ValidatableResponse held = Api.hold(show, "bob", 7).then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("expiresAt", notNullValue())
                .body("history[0].reason", equalTo("SEATS_HELD"));
        String id = held.extract().path("id");
        Instant expiresAt = Instant.parse(held.extract().path("expiresAt"));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(2)).minusSeconds(1), Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(Api.reservedSeats(show)).containsExactly(7);

        Api.as("bob").post("/bookings/{id}/confirm", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("history.reason", contains("SEATS_HELD", "HOLD_CONFIRMED"));
        Api.as("bob").post("/bookings/{id}/confirm", id).then().statusCode(200)
                .body("history", hasSize(2));
        Api.as("bob").get("/bookings/{id}", id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void cancellingFreesTheSeatsAndRepeatingIsANoOp() {
        String show = Api.createShow(Api.uniqueName("Bus"), 10);
        String hold = Api.hold(show, "bob", 1, 2).then().statusCode(201).extract().path("id");
        String booking = Api.book(show, "carol", 3).then().statusCode(201).extract().path("id");

        Api.as("bob").post("/bookings/{id}/cancel", hold).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history.reason", contains("SEATS_HELD", "CANCELLED_BY_USER"));
        Api.as("carol").post("/bookings/{id}/cancel", booking).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Api.as("carol").post("/bookings/{id}/cancel", booking).then().statusCode(200).body("history", hasSize(2));

        assertThat(Api.reservedSeats(show)).isEmpty();
        Api.book(show, "dave", 1, 2, 3).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aCancelledBookingCannotBeConfirmed() {
        String show = Api.createShow(Api.uniqueName("Bus"), 10);
        String hold = Api.hold(show, "bob", 1).then().extract().path("id");
        Api.as("bob").post("/bookings/{id}/cancel", hold).then().statusCode(200);

        Api.as("bob").post("/bookings/{id}/confirm", hold).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:booking-status-conflict"))
                .body("bookingId", equalTo(hold))
                .body("bookingStatus", equalTo("CANCELLED"))
                .body("detail", equalTo("Booking " + hold + " is CANCELLED and cannot become CONFIRMED"));
    }

    @Test
    void aFailedBookingCanBeNeitherConfirmedNorCancelled() {
        String show = Api.createShow(Api.uniqueName("Bus"), 10);
        Api.book(show, "alice", 1).then().statusCode(201);
        String failed = Api.book(show, "bob", 1).then().statusCode(409).extract().path("id");

        Api.as("bob").post("/bookings/{id}/cancel", failed).then().statusCode(409)
                .contentType("application/problem+json")
                .body("bookingStatus", equalTo("FAILED"));
        Api.as("bob").post("/bookings/{id}/confirm", failed).then().statusCode(409).body("bookingStatus", equalTo("FAILED"));
        Api.as("bob").get("/bookings/{id}", failed).then().body("status", equalTo("FAILED"));
    }

    @Test
    void unknownAndMalformedBookingIdsAreProblems() {
        String unknown = "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";
        for (String path : new String[] {"/bookings/{id}/confirm", "/bookings/{id}/cancel"}) {
            Api.as("alice").post(path, unknown).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:seat-booking:booking-not-found"));
            Api.as("alice").post(path, "42").then().statusCode(400).body("violations.field", contains("bookingId"));
        }
        Api.as("alice").get("/bookings/{id}", unknown).then().statusCode(404).body("title", equalTo("Booking not found"));
        Api.as("alice").get("/bookings/{id}", "42").then().statusCode(400);
    }

    @Test
    void bookingAnUnknownShowIsA404() {
        Api.book("3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a", "alice", 1).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:show-not-found"));
    }

    @Test
    void seatsTheShowDoesNotHaveAreRefused() {
        String show = Api.createShow(Api.uniqueName("Small"), 3);

        Api.book(show, "alice", 3, 4, 9).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("seats"))
                .body("violations.message", contains("seats 4, 9 do not exist: this show has seats 1 to 3"));
        assertThat(Api.reservedSeats(show)).isEmpty();
    }

    @Test
    void aBookingTakesAtMostTwentySeats() {
        // the show lets one customer have 20 seats (the default per-customer limit is 10)
        String show = Api.createShow(Api.uniqueName("Big"), 100, 20);
        Integer[] twentyOne = new Integer[21];
        for (int i = 0; i < 21; i++) {
            twentyOne[i] = i + 1;
        }

        Api.book(show, "alice", twentyOne).then().statusCode(400)
                .body("violations.message", contains("at most 20 seats per booking, got 21"));
        Api.book(show, "alice", java.util.Arrays.copyOf(twentyOne, 20)).then().statusCode(201);
    }

    @Test
    void aShowThatHasStartedTakesNoBookings() throws InterruptedException {
        String show = Api.createShow(Api.uniqueName("Starting"), Instant.now().plusMillis(1500), 5);
        Thread.sleep(1600);

        Api.book(show, "late", 1).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:show-started"));
        assertThat(Api.reservedSeats(show)).isEmpty();
    }
}
