package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what (DESIGN §8), for every endpoint, as anonymous, a customer, another customer and an
 * admin: 401 when not signed in, 403 for customers on show management, 404 for someone else's
 * booking (never 403), and every refusal a problem that changes nothing.
 */
@QuarkusTest
class AccessMatrixApiTest {

    private static final String PROBLEM = "application/problem+json";

    private String show;
    private String alicesHold;

    @BeforeEach
    void aShowWithAHoldOfAlices() {
        show = Api.createShow(Api.uniqueName("Matrix"), 20);
        alicesHold = Api.hold(show, "alice", 1).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification anonymous() {
        return given();
    }

    private static void notSignedIn(Response response) {
        response.then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:problem-type:seat-booking:not-signed-in"));
    }

    private static void notFound(Response response) {
        response.then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:problem-type:seat-booking:booking-not-found"));
    }

    // --- public ----------------------------------------------------------------------------------

    @Test
    void everyoneReadsShowsSeatMapsHealthAndTheDocs() {
        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(AccessMatrixApiTest::anonymous,
                () -> Api.as("alice"), Api::asAdmin)) {
            who.get().get("/shows").then().statusCode(200);
            who.get().get("/shows/{id}", show).then().statusCode(200).body("reservedSeats", contains(1));
            who.get().get("/health").then().statusCode(200);
            who.get().get("/q/health").then().statusCode(200);
            who.get().get("/q/openapi").then().statusCode(200);
        }
    }

    @Test
    void everyoneFollowsASeatMapLive() {
        for (Map<String, String> who : List.of(Map.<String, String>of(),
                Map.of("Authorization", "Bearer " + Api.token("alice")), Map.of("Authorization", "Bearer " + Api.adminToken()))) {
            try (EventStream stream = EventStream.open("/shows/" + show + "/events", who)) {
                assertThat(stream.status()).isEqualTo(200);
                EventStream.Event snapshot = stream.next(java.time.Duration.ofSeconds(5));
                assertThat(snapshot.name()).isEqualTo("snapshot");
                assertThat(snapshot.ints("reservedSeats")).containsExactly(1);
            }
        }
    }

    // --- admin only --------------------------------------------------------------------------------

    @Test
    void onlyAdminsCreateShows() {
        String name = Api.uniqueName("Admins only");
        Map<String, Object> body = Map.of("name", name, "startTime", "2031-05-01T20:00:00Z", "totalSeats", 5);

        notSignedIn(anonymous().contentType(ContentType.JSON).body(body).post("/shows"));
        Api.as("alice").contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:forbidden"))
                .body("detail", equalTo("Only admins may create shows"));
        assertThat(given().queryParam("q", name).queryParam("when", "all").get("/shows").then().extract().jsonPath().getList("name", String.class))
                .doesNotContain(name);

        Api.asAdmin().contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(201).body("name", equalTo(name));
    }

    // --- signed in ---------------------------------------------------------------------------------

    @Test
    void bookingNeedsAnAccountAndTheBookingIsTheAccounts() {
        notSignedIn(anonymous().contentType(ContentType.JSON).body(Map.of("seats", List.of(2), "userName", "anon"))
                .post("/shows/{id}/bookings", show));

        Api.as("bob").contentType(ContentType.JSON).body(Map.of("seats", List.of(2)))
                .post("/shows/{id}/bookings", show).then().statusCode(201)
                .body("owner", equalTo("bob")).body("userName", equalTo("Customer bob"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("seats", List.of(3), "userName", "Guest of the house", "hold", true))
                .post("/shows/{id}/bookings", show).then().statusCode(201)
                .body("owner", equalTo("admin")).body("userName", equalTo("Guest of the house")).body("status", equalTo("PENDING"));
        assertThat(Api.reservedSeats(show)).containsExactly(1, 2, 3);
    }

    @Test
    void aBookingIsReadByItsOwnerAndAdminsAndNotFoundForAnyoneElse() {
        notSignedIn(anonymous().get("/bookings/{id}", alicesHold));
        notFound(Api.as("bob").get("/bookings/{id}", alicesHold));
        String unknownDetail = Api.as("bob").get("/bookings/{id}", "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b").then().statusCode(404)
                .extract().path("detail");
        String othersDetail = Api.as("bob").get("/bookings/{id}", alicesHold).then().extract().path("detail");
        assertThat(othersDetail).as("says no more than for an unknown id")
                .isEqualTo(unknownDetail.replace("9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b", alicesHold));

        Api.as("alice").get("/bookings/{id}", alicesHold).then().statusCode(200).body("owner", equalTo("alice"));
        Api.asAdmin().get("/bookings/{id}", alicesHold).then().statusCode(200).body("owner", equalTo("alice"));
    }

    @Test
    void onlyTheOwnerOrAnAdminConfirmsAHold() {
        notSignedIn(anonymous().post("/bookings/{id}/confirm", alicesHold));
        notFound(Api.as("bob").post("/bookings/{id}/confirm", alicesHold));
        Api.as("alice").get("/bookings/{id}", alicesHold).then().body("status", equalTo("PENDING"));

        Api.as("alice").post("/bookings/{id}/confirm", alicesHold).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        String adminsHold = Api.hold(show, "alice", 5).then().extract().path("id");
        Api.asAdmin().post("/bookings/{id}/confirm", adminsHold).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("owner", equalTo("alice"));
    }

    @Test
    void onlyTheOwnerOrAnAdminCancels() {
        notSignedIn(anonymous().post("/bookings/{id}/cancel", alicesHold));
        notFound(Api.as("bob").post("/bookings/{id}/cancel", alicesHold));
        assertThat(Api.reservedSeats(show)).as("still held").containsExactly(1);

        Api.as("alice").post("/bookings/{id}/cancel", alicesHold).then().statusCode(200).body("status", equalTo("CANCELLED"));
        String booked = Api.book(show, "alice", 6).then().statusCode(201).extract().path("id");
        Api.asAdmin().post("/bookings/{id}/cancel", booked).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(Api.reservedSeats(show)).isEmpty();
    }

    @Test
    void meIsWhoeverIsSignedIn() {
        notSignedIn(anonymous().get("/me"));
        Api.as("alice").get("/me").then().statusCode(200).body("username", equalTo("alice")).body("roles", contains("customer"));
        Api.asAdmin().get("/me").then().statusCode(200).body("username", equalTo("admin")).body("roles", contains("admin"));
    }

    @Test
    void myBookingsAreMineNewestFirstPageByPage() {
        String owner = "pager-" + show.substring(0, 8);
        String second = Api.book(show, owner, 10).then().statusCode(201).extract().path("id");
        String third = Api.hold(show, owner, 11).then().statusCode(201).extract().path("id");
        String fourth = Api.book(show, owner, 10, 12).then().statusCode(409).extract().path("id");
        Api.book(show, "bob", 13).then().statusCode(201);
        notSignedIn(anonymous().get("/me/bookings"));

        Response page1 = Api.as(owner).get("/me/bookings?limit=2");
        page1.then().statusCode(200)
                .body("$", hasSize(2))
                .body("id", contains(fourth, third))
                .body("owner", everyItem(equalTo(owner)))
                .body("[0].status", equalTo("FAILED"))
                .body("[0].show.id", equalTo(show))
                .body("[0].show.name", notNullValue())
                .body("[0].show.startTime", notNullValue())
                .header("Link", matchesPattern("</me/bookings\\?limit=2&cursor=[A-Za-z0-9_-]+>; rel=\"next\""));
        String next = page1.header("Link").replaceAll("^<([^>]+)>.*$", "$1");

        Api.as(owner).get(next).then().statusCode(200).body("id", contains(second)).header("Link", org.hamcrest.Matchers.nullValue());
        Api.as("alice").get("/me/bookings").then().statusCode(200).body("owner", everyItem(equalTo("alice")))
                .body("id", org.hamcrest.Matchers.hasItem(alicesHold));
    }

    @Test
    void myBookingsRefuseABadLimitOrCursor() {
        for (String query : List.of("limit=0", "limit=101", "limit=ten", "limit=-1", "cursor=not-a-cursor", "cursor=MTIzNDU2Nzg5MA")) {
            Api.as("alice").get("/me/bookings?" + query).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:problem-type:seat-booking:validation"))
                    .body("detail", containsString(query.substring(0, query.indexOf('='))));
        }
    }
}
