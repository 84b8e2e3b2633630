package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on every write, over HTTP: a retry gets the first answer (same status and body,
 * Idempotent-Replayed: true) and changes nothing; the same key for another request is 422; keys
 * belong to their account; without the header nothing changes.
 */
@QuarkusTest
class IdempotencyApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REPLAYED = "Idempotent-Replayed";

    static String key() {
        return UUID.randomUUID().toString();
    }

    static Response keyedBooking(String user, String key, String show, Map<String, Object> body) {
        return Api.as(user).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/shows/{id}/bookings", show);
    }

    @Test
    void aRetriedBookingGetsTheFirstAnswerAndBooksNothingMore() {
        String show = Api.createShow(Api.uniqueName("Keyed"), 10);
        String key = key();

        Response first = keyedBooking("alice", key, show, Map.of("seats", List.of(4, 5)));
        first.then().statusCode(201).header(REPLAYED, nullValue()).body("status", equalTo("CONFIRMED"));
        // the answer was lost on the way; the client sends the very same request again
        Response retry = keyedBooking("alice", key, show, Map.of("seats", List.of(4, 5)));

        retry.then().statusCode(201).header(REPLAYED, equalTo("true")).contentType("application/json")
                .header("Location", equalTo(first.header("Location")));
        assertThat(retry.asString()).as("the same body, byte for byte").isEqualTo(first.asString());
        assertThat(Api.reservedSeats(show)).containsExactly(4, 5);
        Api.as("alice").get("/me/bookings").then().body("findAll { it.show.id == '" + show + "' }", hasSize(1));
        // without the key the same retry is told its own seats are taken
        Api.book(show, "alice", 4, 5).then().statusCode(409).body("conflictingSeats", contains(4, 5));
    }

    @Test
    void aHoldAndItsConfirmationAreEachRetriedSafely() {
        String show = Api.createShow(Api.uniqueName("Keyed hold"), 10);
        String holdKey = key();
        String hold = keyedBooking("bob", holdKey, show, Map.of("seats", List.of(1), "hold", true)).then().statusCode(201)
                .extract().path("id");
        keyedBooking("bob", holdKey, show, Map.of("seats", List.of(1), "hold", true)).then().statusCode(201)
                .header(REPLAYED, "true").body("id", equalTo(hold));

        String confirmKey = key();
        String confirmed = Api.as("bob").header("Idempotency-Key", confirmKey).post("/bookings/{id}/confirm", hold).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().asString();
        Api.as("bob").post("/bookings/{id}/cancel", hold).then().statusCode(200).body("status", equalTo("CANCELLED"));

        Api.as("bob").header("Idempotency-Key", confirmKey).post("/bookings/{id}/confirm", hold).then().statusCode(200)
                .header(REPLAYED, "true").body("status", equalTo("CONFIRMED"));
        assertThat(Api.as("bob").header("Idempotency-Key", confirmKey).post("/bookings/{id}/confirm", hold).asString()).isEqualTo(confirmed);
        Api.as("bob").get("/bookings/{id}", hold).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void aReplayAfterTheHoldWasExtendedAndConfirmedIsTheFirstAnswerByteForByte() {
        String show = Api.createShow(Api.uniqueName("Keyed first answer"), 10);
        String key = key();
        Map<String, Object> request = Map.of("seats", List.of(2, 3), "hold", true);
        Response first = keyedBooking("carol", key, show, request);
        first.then().statusCode(201).header(REPLAYED, nullValue()).body("status", equalTo("PENDING"));
        String hold = first.path("id");

        Api.as("carol").post("/bookings/{id}/extend", hold).then().statusCode(200).body("history", hasSize(2));
        Response afterExtension = keyedBooking("carol", key, show, request);
        afterExtension.then().statusCode(201).header(REPLAYED, equalTo("true")).header("Location", equalTo(first.header("Location")));
        assertThat(afterExtension.asString()).as("the first body, not the extended hold").isEqualTo(first.asString());

        Api.as("carol").post("/bookings/{id}/confirm", hold).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        Response afterConfirmation = keyedBooking("carol", key, show, request);
        afterConfirmation.then().statusCode(201).header(REPLAYED, equalTo("true"));
        assertThat(afterConfirmation.asString()).as("the first body, not the confirmed booking").isEqualTo(first.asString());
        Api.as("carol").get("/bookings/{id}", hold).then().body("status", equalTo("CONFIRMED")).body("history", hasSize(3));
    }

    @Test
    void aKeyedAttemptThatFoundItsSeatsTakenReplaysItsFailedAnswer() {
        String show = Api.createShow(Api.uniqueName("Keyed failure"), 10);
        Api.book(show, "alice", 7).then().statusCode(201);
        String key = key();
        Response first = keyedBooking("bob", key, show, Map.of("seats", List.of(7)));
        first.then().statusCode(409).body("status", equalTo("FAILED")).body("conflictingSeats", contains(7));
        Response retry = keyedBooking("bob", key, show, Map.of("seats", List.of(7)));
        retry.then().statusCode(409).header(REPLAYED, equalTo("true")).header("Location", equalTo(first.header("Location")));
        assertThat(retry.asString()).isEqualTo(first.asString());
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndChangesNothing() {
        String show = Api.createShow(Api.uniqueName("Reused"), 10);
        String key = key();
        keyedBooking("carol", key, show, Map.of("seats", List.of(2))).then().statusCode(201);

        keyedBooking("carol", key, show, Map.of("seats", List.of(3))).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:idempotency-key-reused"))
                .body("detail", equalTo("This Idempotency-Key was used for a different request (POST /shows/" + show
                        + "/bookings with another body); use a new key for a new request"));
        String other = Api.createShow(Api.uniqueName("Reused elsewhere"), 10);
        keyedBooking("carol", key, other, Map.of("seats", List.of(2))).then().statusCode(422);

        assertThat(Api.reservedSeats(show)).containsExactly(2);
        assertThat(Api.reservedSeats(other)).isEmpty();
    }

    @Test
    void aKeyBelongsToItsAccount() {
        String show = Api.createShow(Api.uniqueName("Shared key"), 10);
        String key = key();

        keyedBooking("dave", key, show, Map.of("seats", List.of(1))).then().statusCode(201).header(REPLAYED, nullValue());
        keyedBooking("erin", key, show, Map.of("seats", List.of(2))).then().statusCode(201).header(REPLAYED, nullValue())
                .body("owner", equalTo("erin"));

        assertThat(Api.reservedSeats(show)).containsExactly(1, 2);
    }

    @Test
    void aRefusalIsKeptAndReplayedToo() {
        String show = Api.createShow(Api.uniqueName("Refused"), 10);
        Api.book(show, "frank", 6).then().statusCode(201);
        String key = key();

        Response taken = keyedBooking("gina", key, show, Map.of("seats", List.of(6)));
        taken.then().statusCode(409).body("status", equalTo("FAILED"));
        keyedBooking("gina", key, show, Map.of("seats", List.of(6))).then().statusCode(409).header(REPLAYED, "true")
                .body("id", equalTo(taken.path("id")));

        String unknown = "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";
        String notFoundKey = key();
        Api.as("gina").header("Idempotency-Key", notFoundKey).post("/bookings/{id}/cancel", unknown).then().statusCode(404)
                .contentType(PROBLEM).header(REPLAYED, nullValue());
        Api.as("gina").header("Idempotency-Key", notFoundKey).post("/bookings/{id}/cancel", unknown).then().statusCode(404)
                .contentType(PROBLEM).header(REPLAYED, "true").body("type", equalTo("urn:problem-type:seat-booking:booking-not-found"));
    }

    @Test
    void creatingAShowTwiceWithOneKeyCreatesOneShow() {
        String name = Api.uniqueName("Once");
        String key = key();
        Map<String, Object> body = Map.of("name", name, "startTime", Instant.now().plus(Duration.ofDays(9)).toString(), "totalSeats", 12);

        String first = Api.asAdmin().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/shows")
                .then().statusCode(201).extract().header("Location");
        String second = Api.asAdmin().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/shows")
                .then().statusCode(201).header(REPLAYED, "true").extract().header("Location");

        assertThat(second).isEqualTo(first);
        given().queryParam("q", name).get("/shows").then().body("findAll { it.name == '" + name + "' }", hasSize(1));
    }

    @Test
    void registeringTwiceWithOneKeyAnswersTheFirstRegistration() {
        String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        String key = key();
        Map<String, Object> body = Map.of("username", username, "password", Api.PASSWORD, "displayName", "Twice");

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/auth/register").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/auth/register").then().statusCode(201)
                .header(REPLAYED, "true").body("username", equalTo(username));
        given().contentType(ContentType.JSON).body(body).post("/auth/register").then().statusCode(409)
                .body("type", equalTo("urn:problem-type:seat-booking:username-taken"));
    }

    @Test
    void signingInIgnoresTheKey() {
        Api.token("henry");
        String key = key();

        for (int i = 0; i < 2; i++) {
            given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("username", "henry", "password", Api.PASSWORD)).post("/auth/login")
                    .then().statusCode(200).header(REPLAYED, nullValue());
        }
    }

    @Test
    void keysMustBeOneTo255PrintableAsciiCharacters() {
        String show = Api.createShow(Api.uniqueName("Bad keys"), 10);

        for (String bad : List.of("x".repeat(256), "caf\u00e9")) {
            keyedBooking("ivan", bad, show, Map.of("seats", List.of(1))).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", contains("Idempotency-Key"));
        }
        keyedBooking("ivan", "", show, Map.of("seats", List.of(1))).then().statusCode(400)
                .body("violations.message", contains("must be 1 to 255 characters, got 0"));
        keyedBooking("ivan", "x".repeat(255), show, Map.of("seats", List.of(1))).then().statusCode(201);
        assertThat(Api.reservedSeats(show)).containsExactly(1);
    }
}
