package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-customer seat limit over HTTP: 10 seats of a show by default, a show's own limit when an admin sets one. */
@QuarkusTest
class SeatLimitApiTest {

    @Test
    void aCustomerHoldsAndBooksAtMostTenSeatsOfAShow() {
        String show = Api.createShow(Api.uniqueName("Hoarders"), 40);
        Api.book(show, "hoarder", 1, 2, 3, 4).then().statusCode(201);
        Api.hold(show, "hoarder", 5, 6, 7, 8).then().statusCode(201);

        Api.hold(show, "hoarder", 9, 10, 11).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:seat-limit-reached"))
                .body("title", equalTo("Seat limit reached"))
                .body("limit", equalTo(10))
                .body("remaining", equalTo(2))
                .body("detail", equalTo("This show allows at most 10 seats per customer, counting holds and bookings; you asked for "
                        + "3 more seats, and you can hold or book 2 more seats of it."));

        assertThat(Api.reservedSeats(show)).as("nothing of the refused hold").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Api.hold(show, "hoarder", 9, 10).then().statusCode(201);
        Api.book(show, "hoarder", 11).then().statusCode(409).body("remaining", equalTo(0));
        Api.book(show, "someone-else", 11, 12).then().statusCode(201);
    }

    @Test
    void cancellingGivesSeatsBackToTheLimit() {
        String show = Api.createShow(Api.uniqueName("Changed minds"), 20);
        String first = Api.book(show, "changer", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).then().statusCode(201).extract().path("id");
        Api.book(show, "changer", 11).then().statusCode(409);

        Api.as("changer").post("/bookings/{id}/cancel", first).then().statusCode(200);

        Api.book(show, "changer", 11, 12).then().statusCode(201);
    }

    @Test
    void anAdminSetsAShowsOwnLimitAndEveryoneSeesIt() {
        String name = Api.uniqueName("Two each");
        String show = Api.createShow(name, 30, 2);

        given().get("/shows/{id}", show).then().statusCode(200).body("maxSeatsPerCustomer", equalTo(2)).body("holdSeconds", equalTo(120));
        given().queryParam("q", name).get("/shows").then().body("find { it.id == '" + show + "' }.maxSeatsPerCustomer", equalTo(2));
        Api.book(show, "pair", 1, 2).then().statusCode(201);
        Api.book(show, "pair", 3).then().statusCode(409).body("limit", equalTo(2)).body("remaining", equalTo(0));

        String usual = Api.createShow(Api.uniqueName("Default"), 30);
        given().get("/shows/{id}", usual).then().body("maxSeatsPerCustomer", equalTo(10));
    }

    @Test
    void aLimitOutsideOneToOneHundredThousandIsRefused() {
        for (int bad : new int[] {0, -1, 100_001}) {
            Api.asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("name", "Bad limit", "startTime", Instant.now().plus(Duration.ofDays(3)).toString(), "totalSeats", 10,
                            "maxSeatsPerCustomer", bad))
                    .post("/shows").then().statusCode(400)
                    .body("violations.field", contains("maxSeatsPerCustomer"));
        }
    }

    @Test
    void adminsAreNotLimited() {
        String show = Api.createShow(Api.uniqueName("Box office"), 40, 2);

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("seats", java.util.List.of(1, 2, 3, 4, 5), "userName", "Group A"))
                .post("/shows/{id}/bookings", show).then().statusCode(201);
    }
}
