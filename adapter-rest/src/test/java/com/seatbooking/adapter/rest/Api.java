package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls of the API as a client makes them: shows are created by the admin, bookings are made by
 * customers who registered and signed in (one account per name, reused while the application runs).
 */
final class Api {

    static final String PASSWORD = "correct horse battery";

    /**
     * Tokens by username, for the application they were issued by. Each application the tests start
     * has a database of its own, and a port of its own, which tells them apart.
     */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static int tokensOfPort = -1;

    private Api() {
    }

    /** The token of a customer of this name (registered and signed in the first time). */
    static String token(String username) {
        return tokens().computeIfAbsent(username, name -> {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", name, "password", PASSWORD, "displayName", "Customer " + name))
                    .post("/auth/register").then().statusCode(201);
            return logIn(name, PASSWORD);
        });
    }

    static String adminToken() {
        return tokens().computeIfAbsent("\0admin", name -> logIn(TestKeys.ADMIN, TestKeys.adminPassword()));
    }

    static String logIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/auth/login").then().statusCode(200).extract().path("token");
    }

    private static synchronized Map<String, String> tokens() {
        if (tokensOfPort != io.restassured.RestAssured.port) {
            TOKENS.clear();
            tokensOfPort = io.restassured.RestAssured.port;
        }
        return TOKENS;
    }

    /** A request with the customer's bearer token. */
    static RequestSpecification as(String username) {
        return bearer(token(username));
    }

    static RequestSpecification asAdmin() {
        return bearer(adminToken());
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static String createShow(String name, int seats) {
        return createShow(name, Instant.now().plus(Duration.ofDays(30)), seats);
    }

    static String createShow(String name, Instant startTime, int seats) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "startTime", startTime.toString(), "totalSeats", seats))
                .post("/shows")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A show with its own per-customer seat limit. */
    static String createShow(String name, int seats, int maxSeatsPerCustomer) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "startTime", Instant.now().plus(Duration.ofDays(30)).toString(), "totalSeats", seats,
                        "maxSeatsPerCustomer", maxSeatsPerCustomer))
                .post("/shows")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code user} books, for an attendee of the same name. */
    static Response book(String showId, String user, Integer... seats) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("seats", List.of(seats), "userName", user))
                .post("/shows/{id}/bookings", showId);
    }

    static Response hold(String showId, String user, Integer... seats) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("seats", List.of(seats), "userName", user, "hold", true))
                .post("/shows/{id}/bookings", showId);
    }

    static List<Integer> reservedSeats(String showId) {
        return given().get("/shows/{id}", showId).then().statusCode(200).extract().path("reservedSeats");
    }
}
