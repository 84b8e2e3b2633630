package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the API as a client makes them. */
final class Api {

    private Api() {
    }

    static String createShow(String name, int seats) {
        return createShow(name, Instant.now().plus(Duration.ofDays(30)), seats);
    }

    static String createShow(String name, Instant startTime, int seats) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "startTime", startTime.toString(), "totalSeats", seats))
                .post("/shows")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response book(String showId, String user, Integer... seats) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("seats", List.of(seats), "userName", user))
                .post("/shows/{id}/bookings", showId);
    }

    static Response hold(String showId, String user, Integer... seats) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("seats", List.of(seats), "userName", user, "hold", true))
                .post("/shows/{id}/bookings", showId);
    }

    static List<Integer> reservedSeats(String showId) {
        return given().get("/shows/{id}", showId).then().statusCode(200).extract().path("reservedSeats");
    }
}
