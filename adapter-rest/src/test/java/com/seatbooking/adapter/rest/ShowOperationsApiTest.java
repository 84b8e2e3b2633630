package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Operating shows (DESIGN §12) over real HTTP, against PostgreSQL (and, in a subclass, the in-memory
 * adapters): editing with If-Match, cancelling with its cascade, a show's bookings as pages and CSV,
 * the paged and searched show list, request ids and 405 with Allow; for each new endpoint who may
 * (admins), who may not (anonymous 401, customers 403), and that a refusal changes nothing.
 */
@QuarkusTest
class ShowOperationsApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String etag(String show) {
        return given().get("/shows/{id}", show).then().statusCode(200).extract().header("ETag");
    }

    private static Response patch(RequestSpecification who, String show, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = who.contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/shows/{id}", show);
    }

    private static void problem(Response response, int status, String type) {
        response.then().statusCode(status).contentType(PROBLEM).body("type", equalTo("urn:problem-type:seat-booking:" + type))
                .body("requestId", notNullValue());
    }

    private static List<Supplier<RequestSpecification>> customers() {
        return List.of(() -> Api.as("alice"), () -> Api.as("bob"));
    }

    // --- edit ------------------------------------------------------------------------------------

    @Test
    void anAdminEditsAShowWithTheETagItGotAndGetsTheNewOne() {
        String show = Api.createShow(Api.uniqueName("Edit me"), 10);
        String before = etag(show);
        assertThat(before).matches("W/\"0\\.[0-9a-f]+\"");
        String name = Api.uniqueName("Edited");
        Instant later = Instant.now().plus(Duration.ofDays(90)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        String after = patch(Api.asAdmin(), show, before, Map.of("name", name, "startTime", later.toString(), "totalSeats", 12))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("name", equalTo(name)).body("startTime", equalTo(later.toString())).body("totalSeats", equalTo(12))
                .body("availableSeats", hasSize(12)).body("status", equalTo("SCHEDULED")).body("cancelledAt", nullValue())
                .header("ETag", startsWith("W/\"1.")).extract().header("ETag");

        given().get("/shows/{id}", show).then().statusCode(200).header("ETag", equalTo(after)).body("name", equalTo(name));
        // plain JSON is a merge patch too; members left out stay
        patch(Api.asAdmin().contentType(ContentType.JSON), show, after, Map.of("name", name + " 2")).then().statusCode(200)
                .body("totalSeats", equalTo(12)).body("startTime", equalTo(later.toString()));
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() {
        String show = Api.createShow(Api.uniqueName("Stale"), 10);
        String first = etag(show);
        patch(Api.asAdmin(), show, first, Map.of("name", Api.uniqueName("First edit"))).then().statusCode(200);

        problem(patch(Api.asAdmin(), show, first, Map.of("name", "Lost update")), 412, "precondition-failed");
        problem(patch(Api.asAdmin(), show, null, Map.of("name", "No version")), 428, "precondition-required");
        problem(patch(Api.asAdmin(), show, "\"not-a-version\"", Map.of("name", "Garbage")), 412, "precondition-failed");
        given().get("/shows/{id}", show).then().body("name", startsWith("First edit"));
    }

    @Test
    void theDomainRefusesAPastStartSeatsOnceBookedAndAnyChangeOfACancelledShow() {
        String show = Api.createShow(Api.uniqueName("Rules"), 10);
        problem(patch(Api.asAdmin(), show, etag(show), Map.of("startTime", "2020-01-01T00:00:00Z")), 400, "validation");
        Api.book(show, "alice", 1).then().statusCode(201);
        problem(patch(Api.asAdmin(), show, etag(show), Map.of("totalSeats", 20)), 409, "show-has-bookings");
        // the same count is no change
        patch(Api.asAdmin(), show, etag(show), Map.of("totalSeats", 10)).then().statusCode(200);

        Api.asAdmin().post("/shows/{id}/cancel", show).then().statusCode(202);
        problem(patch(Api.asAdmin(), show, etag(show), Map.of("name", "Too late")), 409, "show-cancelled");
    }

    @Test
    void seatsChangeWhileNothingWasEverBookedEvenAFailedAttempt() {
        String show = Api.createShow(Api.uniqueName("Resize"), 5);
        patch(Api.asAdmin(), show, etag(show), Map.of("totalSeats", 3)).then().statusCode(200).body("availableSeats", hasSize(3));
        // seat 4 is gone: the booking statement checks the show as stored, whatever a cache still says
        Api.book(show, "alice", 4).then().statusCode(400).contentType(PROBLEM);
        Api.book(show, "alice", 3).then().statusCode(201);
        problem(patch(Api.asAdmin(), show, etag(show), Map.of("totalSeats", 4)), 409, "show-has-bookings");
    }

    @Test
    void onlyAdminsEditShows() {
        String show = Api.createShow(Api.uniqueName("Guarded"), 5);
        String tag = etag(show);
        problem(patch(given(), show, tag, Map.of("name", "Anonymous")), 401, "not-signed-in");
        for (Supplier<RequestSpecification> customer : customers()) {
            problem(patch(customer.get(), show, tag, Map.of("name", "Customer")), 403, "forbidden");
        }
        problem(patch(Api.asAdmin(), UUID.randomUUID().toString(), "W/\"0.0\"", Map.of("name", "Nobody")), 404, "show-not-found");
        given().get("/shows/{id}", show).then().header("ETag", equalTo(tag));
    }

    // --- cancel ----------------------------------------------------------------------------------

    @Test
    void cancellingAShowCancelsItsBookingsFreesItsSeatsAndRefusesNewOnes() {
        String show = Api.createShow(Api.uniqueName("Cancelled"), 10);
        String booking = Api.book(show, "alice", 1, 2).then().statusCode(201).extract().path("id");
        String hold = Api.hold(show, "bob", 3).then().statusCode(201).extract().path("id");
        Api.book(show, "bob", 2).then().statusCode(409);

        Api.asAdmin().post("/shows/{id}/cancel", show).then().statusCode(202)
                .body("id", equalTo(show)).body("status", equalTo("CANCELLED")).body("cancelledAt", notNullValue())
                .body("bookingsToCancel", equalTo(2));
        awaitCompleted(show);

        Api.asAdmin().get("/shows/{id}/cancellation", show).then().statusCode(200)
                .body("bookingsToCancel", equalTo(2)).body("bookingsCancelled", equalTo(2)).body("completed", equalTo(true));
        for (String id : List.of(booking, hold)) {
            Api.asAdmin().get("/bookings/{id}", id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("history[-1].reason", equalTo("SHOW_CANCELLED"));
        }
        Api.as("alice").get("/me/bookings").then().statusCode(200)
                .body("find { it.id == '%s' }.status".formatted(booking), equalTo("CANCELLED"))
                .body("find { it.id == '%s' }.show.status".formatted(booking), equalTo("CANCELLED"));
        given().get("/shows/{id}", show).then().body("status", equalTo("CANCELLED")).body("reservedSeats", hasSize(0));
        problem(Api.book(show, "carol", 5), 409, "show-cancelled");
        problem(Api.hold(show, "carol", 5), 409, "show-cancelled");
        // again: nothing changes, and it says how far it got
        Api.asAdmin().post("/shows/{id}/cancel", show).then().statusCode(200).body("completed", equalTo(true));
    }

    @Test
    void aKeyedCancelIsAnsweredOnceAndRetriedSafely() {
        String show = Api.createShow(Api.uniqueName("Keyed cancel"), 10);
        String key = UUID.randomUUID().toString();
        Api.asAdmin().header("Idempotency-Key", key).post("/shows/{id}/cancel", show).then().statusCode(202);
        Api.asAdmin().header("Idempotency-Key", key).post("/shows/{id}/cancel", show).then().statusCode(202)
                .header("Idempotent-Replayed", "true");
        problem(Api.as("alice").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("seats", List.of(1))).post("/shows/{id}/bookings", show), 409, "show-cancelled");
    }

    @Test
    void onlyAdminsCancelShowsAndSeeTheirCancellation() {
        String show = Api.createShow(Api.uniqueName("Not yours"), 5);
        problem(given().post("/shows/{id}/cancel", show), 401, "not-signed-in");
        problem(given().get("/shows/{id}/cancellation", show), 401, "not-signed-in");
        for (Supplier<RequestSpecification> customer : customers()) {
            problem(customer.get().post("/shows/{id}/cancel", show), 403, "forbidden");
            problem(customer.get().get("/shows/{id}/cancellation", show), 403, "forbidden");
        }
        given().get("/shows/{id}", show).then().body("status", equalTo("SCHEDULED"));
        problem(Api.asAdmin().get("/shows/{id}/cancellation", show), 404, "show-not-cancelled");
        problem(Api.asAdmin().post("/shows/{id}/cancel", UUID.randomUUID().toString()), 404, "show-not-found");
    }

    private static void awaitCompleted(String show) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(Api.asAdmin().get("/shows/{id}/cancellation", show).then().statusCode(200)
                .extract().path("completed"))) {
            assertThat(System.nanoTime()).as("the cancellation completes").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // --- a show's bookings ------------------------------------------------------------------------

    @Test
    void anAdminPagesThroughAShowsBookingsNewestFirstWithFilters() {
        String show = Api.createShow(Api.uniqueName("Listed"), 30);
        List<String> ids = new ArrayList<>();
        for (int seat = 1; seat <= 7; seat++) {
            ids.add(0, Api.book(show, seat % 2 == 0 ? "alice" : "bob", seat).then().statusCode(201).extract().path("id"));
        }
        Api.book(show, "carol", 1).then().statusCode(409);

        Response first = Api.asAdmin().queryParam("limit", 3).get("/shows/{id}/bookings", show);
        first.then().statusCode(200).contentType(ContentType.JSON).header("X-Total-Count", "8").body("$", hasSize(3))
                .body("[0].showId", equalTo(show)).body("[0].username", notNullValue()).body("[0].seats", hasSize(1))
                .header("Link", matchesPattern("</shows/" + show + "/bookings\\?.*cursor=[A-Za-z0-9_-]+.*>; rel=\"next\""));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("id"));
        String next = first.header("Link");
        while (next != null) {
            String url = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
            Response page = Api.asAdmin().urlEncodingEnabled(false).get(url);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("id"));
            next = page.header("Link");
        }
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
        assertThat(seen).containsAll(ids);

        Api.asAdmin().queryParam("status", "CONFIRMED").queryParam("user", "Alice").get("/shows/{id}/bookings", show).then()
                .statusCode(200).header("X-Total-Count", "3").body("username", everyItem(equalTo("alice")))
                .body("status", everyItem(equalTo("CONFIRMED")));
        Api.asAdmin().queryParam("status", "FAILED").get("/shows/{id}/bookings", show).then().header("X-Total-Count", "1")
                .body("[0].username", equalTo("carol"));
        Api.asAdmin().queryParam("status", "PENDING,CONFIRMED").queryParam("limit", 1).get("/shows/{id}/bookings", show).then()
                .header("X-Total-Count", "7");
        problem(Api.asAdmin().queryParam("status", "LOST").get("/shows/{id}/bookings", show), 400, "validation");
        problem(Api.asAdmin().queryParam("limit", 201).get("/shows/{id}/bookings", show), 400, "validation");
        problem(Api.asAdmin().queryParam("cursor", "nonsense").get("/shows/{id}/bookings", show), 400, "validation");
    }

    @Test
    void theCsvExportHasEveryMatchingBooking() {
        String show = Api.createShow(Api.uniqueName("Export"), 30);
        String booking = Api.book(show, "alice", 4, 5).then().statusCode(201).extract().path("id");
        Api.hold(show, "bob", 6).then().statusCode(201);

        String csv = Api.asAdmin().accept("text/csv").queryParam("status", "CONFIRMED").get("/shows/{id}/bookings", show).then()
                .statusCode(200).contentType(containsString("text/csv")).header("X-Total-Count", "1")
                .header("Content-Disposition", equalTo("attachment; filename=\"bookings-" + show + ".csv\""))
                .extract().asString();
        assertThat(csv.split("\r\n")).containsExactly("id,username,status,seats,created_at,updated_at",
                booking + ",alice,CONFIRMED,4 5," + created(booking) + "," + created(booking));
        String all = Api.asAdmin().accept("text/csv").get("/shows/{id}/bookings", show).then().statusCode(200).extract().asString();
        assertThat(all.split("\r\n")).hasSize(3);
    }

    private static String created(String booking) {
        return Api.asAdmin().get("/bookings/{id}", booking).then().extract().path("createdAt");
    }

    @Test
    void onlyAdminsListAShowsBookings() {
        String show = Api.createShow(Api.uniqueName("Private list"), 5);
        Api.book(show, "alice", 1).then().statusCode(201);
        problem(given().get("/shows/{id}/bookings", show), 401, "not-signed-in");
        problem(given().accept("text/csv").get("/shows/{id}/bookings", show), 401, "not-signed-in");
        for (Supplier<RequestSpecification> customer : customers()) {
            problem(customer.get().get("/shows/{id}/bookings", show), 403, "forbidden");
            problem(customer.get().accept("text/csv").get("/shows/{id}/bookings", show), 403, "forbidden");
        }
        problem(Api.asAdmin().get("/shows/{id}/bookings", UUID.randomUUID().toString()), 404, "show-not-found");
        Api.asAdmin().get("/shows/{id}/bookings", show).then().statusCode(200).body("$", hasSize(1));
    }

    // --- the show list ---------------------------------------------------------------------------

    @Test
    void theListPagesSearchesIgnoringCaseAndAccentsAndMarksCancelledShows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.now().plus(Duration.ofDays(700));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Api.createShow("Café Élysée " + tag + " " + i, base.plus(Duration.ofHours(i)), 5));
        }
        Api.createShow("Something else " + tag, base, 5);
        Api.asAdmin().post("/shows/{id}/cancel", ids.get(2)).then().statusCode(202);

        Response first = given().queryParam("q", "CAFE elysee " + tag).queryParam("limit", 2).get("/shows");
        first.then().statusCode(200).body("id", org.hamcrest.Matchers.contains(ids.get(0), ids.get(1)))
                .header("Link", containsString("rel=\"next\""));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("id"));
        String link = first.header("Link");
        while (link != null && link.contains("rel=\"next\"")) {
            String url = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            Response page = given().urlEncodingEnabled(false).get(url);
            page.then().statusCode(200).header("Link", containsString("rel=\"first\""));
            seen.addAll(page.jsonPath().getList("id"));
            link = page.header("Link");
        }
        assertThat(seen).containsExactlyElementsOf(ids);
        given().queryParam("q", "élysée " + tag).get("/shows").then()
                .body("find { it.id == '%s' }.status".formatted(ids.get(2)), equalTo("CANCELLED"))
                .body("find { it.id == '%s' }.cancelledAt".formatted(ids.get(2)), notNullValue())
                .body("find { it.id == '%s' }.status".formatted(ids.get(0)), equalTo("SCHEDULED"));
        given().queryParam("q", tag).queryParam("from", base.plus(Duration.ofMinutes(30)).toString())
                .queryParam("to", base.plus(Duration.ofMinutes(150)).toString()).get("/shows").then()
                .body("id", org.hamcrest.Matchers.contains(ids.get(1), ids.get(2)));
        given().queryParam("q", tag).queryParam("when", "past").get("/shows").then().statusCode(200).body("$", hasSize(0));
        given().queryParam("q", tag).queryParam("when", "all").get("/shows").then().body("$", hasSize(6));
    }

    @Test
    void badListParametersAreProblems() {
        problem(given().queryParam("limit", 0).get("/shows"), 400, "validation");
        problem(given().queryParam("limit", "many").get("/shows"), 400, "validation");
        problem(given().queryParam("when", "someday").get("/shows"), 400, "validation");
        problem(given().queryParam("from", "yesterday").get("/shows"), 400, "validation");
        problem(given().queryParam("cursor", "x").get("/shows"), 400, "validation");
        problem(given().queryParam("from", "2031-02-01T00:00:00Z").queryParam("to", "2031-01-01T00:00:00Z").get("/shows"), 400,
                "validation");
    }

    // --- request ids, 405 ------------------------------------------------------------------------

    @Test
    void everyResponseCarriesARequestIdTheClientsOwnWhenItSentOne() {
        given().header("X-Request-Id", "trace-42").get("/shows").then().statusCode(200).header("X-Request-Id", "trace-42");
        String generated = given().get("/health").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        given().header("X-Request-Id", "no spaces allowed").get("/shows").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "abc-1").get("/shows/{id}", UUID.randomUUID().toString()).then().statusCode(404)
                .header("X-Request-Id", "abc-1").body("requestId", equalTo("abc-1"));
        given().header("X-Request-Id", "abc-2").post("/shows/{id}/cancel", UUID.randomUUID().toString()).then().statusCode(401)
                .body("requestId", equalTo("abc-2"));
    }

    @Test
    void aMethodAPathDoesNotAnswerIs405WithAllow() {
        String show = Api.createShow(Api.uniqueName("Allow"), 5);
        given().put("/shows/{id}", show).then().statusCode(405).contentType(PROBLEM)
                .header("Allow", equalTo("GET, HEAD, PATCH")).body("requestId", notNullValue());
        given().delete("/shows/{id}", show).then().statusCode(405).header("Allow", equalTo("GET, HEAD, PATCH"));
        given().delete("/shows").then().statusCode(405).header("Allow", equalTo("GET, HEAD, POST"));
        given().get("/shows/{id}/cancel", show).then().statusCode(405).header("Allow", equalTo("POST"));
        given().put("/shows/{id}/bookings", show).then().statusCode(405).header("Allow", equalTo("GET, HEAD, POST"));
    }
}
