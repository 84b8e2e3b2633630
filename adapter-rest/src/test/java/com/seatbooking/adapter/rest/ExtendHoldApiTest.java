package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** POST /bookings/{id}/extend: more time for a hold, for its owner or an admin, within its limits. */
@QuarkusTest
class ExtendHoldApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theOwnerExtendsAHoldTwiceThenNoMore() {
        String show = Api.createShow(Api.uniqueName("More time"), 10);
        JsonPath held = Api.hold(show, "kim", 3).then().statusCode(201)
                .body("extensionsLeft", equalTo(2)).extract().jsonPath();
        String hold = held.getString("id");
        Instant deadline = Instant.parse(held.getString("expiresAt"));
        Instant lifetimeEnd = Instant.parse(held.getString("holdLifetimeEndsAt"));
        assertThat(lifetimeEnd).isEqualTo(Instant.parse(held.getString("createdAt")).plus(Duration.ofMinutes(10)));

        JsonPath once = Api.as("kim").post("/bookings/{id}/extend", hold).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("extensionsLeft", equalTo(1))
                .body("history.reason", contains("SEATS_HELD", "HOLD_EXTENDED"))
                .body("history[1].status", equalTo("PENDING"))
                .extract().jsonPath();
        assertThat(Instant.parse(once.getString("expiresAt"))).isEqualTo(deadline.plus(Duration.ofMinutes(2)));
        Api.as("kim").post("/bookings/{id}/extend", hold).then().statusCode(200).body("extensionsLeft", equalTo(0));

        Api.as("kim").post("/bookings/{id}/extend", hold).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:hold-extension-limit"))
                .body("bookingId", equalTo(hold))
                .body("bookingStatus", equalTo("PENDING"));
        Api.as("kim").get("/bookings/{id}", hold).then().body("expiresAt", equalTo(deadline.plus(Duration.ofMinutes(4)).toString()))
                .body("history", org.hamcrest.Matchers.hasSize(3));
        Api.as("kim").get("/me/bookings").then().statusCode(200)
                .body("find { it.id == '" + hold + "' }.extensionsLeft", equalTo(0))
                .body("find { it.id == '" + hold + "' }.holdLifetimeEndsAt", equalTo(lifetimeEnd.toString()));
    }

    @Test
    void whoMayExtend() {
        String show = Api.createShow(Api.uniqueName("Extend matrix"), 10);
        String hold = Api.hold(show, "lee", 1).then().statusCode(201).extract().path("id");

        given().post("/bookings/{id}/extend", hold).then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:not-signed-in"));
        Api.as("moe").post("/bookings/{id}/extend", hold).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:booking-not-found"));
        Api.asAdmin().post("/bookings/{id}/extend", hold).then().statusCode(200).body("extensionsLeft", equalTo(1)).body("owner", equalTo("lee"));
        Api.as("lee").post("/bookings/{id}/extend", hold).then().statusCode(200).body("extensionsLeft", equalTo(0));
        Api.as("lee").post("/bookings/{id}/extend", "42").then().statusCode(400);
        Api.as("lee").post("/bookings/{id}/extend", "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b").then().statusCode(404);
    }

    @Test
    void onlyAPendingHoldCanBeExtended() {
        String show = Api.createShow(Api.uniqueName("Not pending"), 10);
        String booked = Api.book(show, "nia", 1).then().statusCode(201).body("extensionsLeft", nullValue())
                .body("holdLifetimeEndsAt", nullValue()).extract().path("id");
        String hold = Api.hold(show, "nia", 2).then().statusCode(201).extract().path("id");
        Api.as("nia").post("/bookings/{id}/confirm", hold).then().statusCode(200).body("extensionsLeft", nullValue());

        for (String id : new String[] {booked, hold}) {
            Api.as("nia").post("/bookings/{id}/extend", id).then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("urn:problem-type:seat-booking:booking-status-conflict"))
                    .body("bookingStatus", equalTo("CONFIRMED"))
                    .body("detail", equalTo("Booking " + id + " is CONFIRMED: only a PENDING hold can be extended"));
        }
    }
}
