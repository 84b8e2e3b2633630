package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without its database the service says so: health is DOWN and requests get 503 with Retry-After. */
@QuarkusTest
@TestProfile(DatabaseDownProfile.class)
class DatabaseDownApiTest {

    @Test
    void healthReportsDown() {
        given().get("/health").then().statusCode(503).body("status", equalTo("DOWN"));
    }

    @Test
    void tokensAreVerifiedWithoutTheDatabase() {
        Api.bearer(TestTokens.genuine("alice", java.util.Set.of("customer"))).get("/me").then().statusCode(200)
                .body("username", equalTo("alice"));
    }

    @Test
    void requestsAreAnswered503WithRetryAfter() {
        Api.bearer(TestTokens.genuine("admin", java.util.Set.of("admin"))).contentType(ContentType.JSON)
                .body(Map.of("name", "Offline", "startTime", "2031-01-01T00:00:00Z", "totalSeats", 5))
                .post("/shows")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:problem-type:seat-booking:service-unavailable"));
        given().get("/shows").then().statusCode(503).header("Retry-After", equalTo("1"));
    }
}
