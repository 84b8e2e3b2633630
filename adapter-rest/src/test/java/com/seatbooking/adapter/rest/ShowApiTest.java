package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shows endpoints over real HTTP, against PostgreSQL (and, in a subclass, against the in-memory adapters). */
@QuarkusTest
class ShowApiTest {

    @Test
    void createsAShowWithEverySeatAvailable() {
        String name = Api.uniqueName("Swan Lake");

        String id = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "  " + name + "  ", "startTime", "2031-03-14T19:30:00Z", "totalSeats", 5))
                .post("/shows")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/shows/[0-9a-f-]{36}$"))
                .body("name", equalTo(name))
                .body("startTime", equalTo("2031-03-14T19:30:00Z"))
                .body("totalSeats", equalTo(5))
                .body("availableCount", equalTo(5))
                .body("reservedCount", equalTo(0))
                .extract().path("id");

        given().get("/shows/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("availableSeats", contains(1, 2, 3, 4, 5))
                .body("reservedSeats", empty())
                .body("maxSeatsPerBooking", equalTo(20));
    }

    @Test
    void theLocationHeaderLeadsToTheShow() {
        String location = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", Api.uniqueName("Bus"), "startTime", "2031-01-01T08:00:00+02:00", "totalSeats", 3))
                .post("/shows").then().statusCode(201).extract().header("Location");

        given().get(location).then().statusCode(200).body("startTime", equalTo("2031-01-01T06:00:00Z"));
    }

    @Test
    void listsShowsSoonestFirstWithTheirCounts() {
        String later = Api.createShow(Api.uniqueName("Later"), Instant.now().plus(Duration.ofDays(400)), 4);
        String sooner = Api.createShow(Api.uniqueName("Sooner"), Instant.now().plus(Duration.ofDays(399)), 4);
        Api.book(later, "alice", 1, 2).then().statusCode(201);
        Api.hold(later, "bob", 3).then().statusCode(201);

        // other tests' shows start sooner: the first page of all upcoming ones may not reach these
        String from = Instant.now().plus(Duration.ofDays(398)).toString();
        String to = Instant.now().plus(Duration.ofDays(402)).toString();
        List<Map<String, Object>> shows = given().queryParam("from", from).queryParam("to", to).get("/shows").then().statusCode(200)
                .extract().jsonPath().getList("$");

        List<Object> ids = shows.stream().map(show -> show.get("id")).toList();
        org.assertj.core.api.Assertions.assertThat(ids).contains(sooner, later);
        org.assertj.core.api.Assertions.assertThat(ids.indexOf(sooner)).isLessThan(ids.indexOf(later));
        given().queryParam("from", from).queryParam("to", to).get("/shows").then()
                .body("find { it.id == '%s' }.reservedCount".formatted(later), equalTo(3))
                .body("find { it.id == '%s' }.availableCount".formatted(later), equalTo(1))
                .body("find { it.id == '%s' }.availableCount".formatted(sooner), equalTo(4));
    }

    @Test
    void theSeatMapShowsBookedAndHeldSeatsAsReserved() {
        String show = Api.createShow(Api.uniqueName("Map"), 6);
        Api.book(show, "alice", 2, 5).then().statusCode(201);
        Api.hold(show, "bob", 3).then().statusCode(201);

        given().get("/shows/{id}", show).then().statusCode(200)
                .body("reservedSeats", contains(2, 3, 5))
                .body("availableSeats", contains(1, 4, 6))
                .body("reservedCount", equalTo(3))
                .body("availableCount", equalTo(3));
    }

    @Test
    void aSeatMapCanBeRevalidatedAndChangesVersionWithABooking() {
        String show = Api.createShow(Api.uniqueName("Revalidated"), 6);
        String version = given().get("/shows/{id}", show).then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(version).startsWith("W/\"");

        given().header("If-None-Match", version).get("/shows/{id}", show).then().statusCode(304);

        Api.book(show, "alice", 2).then().statusCode(201);
        given().header("If-None-Match", version).get("/shows/{id}", show).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(version)))
                .body("reservedSeats", contains(2));
    }

    @Test
    void anUnknownShowIsA404Problem() {
        given().get("/shows/{id}", "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:show-not-found"))
                .body("title", equalTo("Show not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no show with id 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a"))
                .body("instance", equalTo("/shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a"));
    }

    @Test
    void aMalformedShowIdIsA400Problem() {
        given().get("/shows/{id}", "not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("showId"))
                .body("detail", endsWith("is not a valid id (a UUID such as 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a)"));
    }

    @Test
    void aShowInThePastIsRefused() {
        String name = Api.uniqueName("Yesterday");
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "startTime", Instant.now().minusSeconds(60).toString(), "totalSeats", 5))
                .post("/shows")
                .then().statusCode(400)
                .body("violations.field", contains("startTime"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("must be in the future")));

        given().get("/shows").then().body("name", org.hamcrest.Matchers.not(hasItem(name)));
    }
}
