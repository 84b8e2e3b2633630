package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and API documentation, as operators and API consumers reach them. */
@QuarkusTest
class OperationsApiTest {

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        given().get("/health").then().statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountBookingOutcomesAndTimeTheBookingPath() {
        String show = Api.createShow(Api.uniqueName("Metrics"), 5);
        Api.book(show, "alice", 1).then().statusCode(201);
        Api.book(show, "bob", 1).then().statusCode(409);
        String hold = Api.hold(show, "carol", 2).then().statusCode(201).extract().path("id");
        Api.as("carol").post("/bookings/{id}/cancel", hold).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("seatbooking_bookings_total{outcome=\"confirmed\",reason=\"seats_booked\"}"))
                .body(containsString("seatbooking_bookings_total{outcome=\"failed\",reason=\"seats_unavailable\"}"))
                .body(containsString("seatbooking_bookings_total{outcome=\"held\",reason=\"seats_held\"}"))
                .body(containsString("seatbooking_bookings_total{outcome=\"cancelled\",reason=\"cancelled_by_user\"}"))
                .body(containsString("seatbooking_bookings_total{outcome=\"expired\",reason=\"hold_expired\"}"))
                .body(containsString("seatbooking_booking_requests_seconds_count"))
                .body(containsString("uri=\"/shows/{showId}/bookings\""));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Seat booking API"))
                .body("info.version", equalTo("1.0.0"))
                .body("paths.'/shows/{showId}/bookings'.post.responses.'409'", notNullValue())
                .body("components.schemas.Problem", notNullValue())
                .body("components.schemas.BookingResponse.required", hasItem("conflictingSeats"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
