package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input of DESIGN §4: answered with a problem+json naming what is wrong, never a
 * 500, and never changing any data.
 */
@QuarkusTest
class BadInputApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SHOW_PATH = "/shows";
    private static final String BOOKINGS_PATH = "/shows/{show}/bookings";

    private String show;

    @BeforeEach
    void aShowWithOneSeatTaken() {
        show = Api.createShow(Api.uniqueName("Guarded"), 10);
        Api.book(show, "alice", 1).then().statusCode(201);
    }

    static Stream<Arguments> badRequests() {
        String seats21 = "[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(Integer::toString).toList()) + "]";
        return Stream.of(
                // description, path, body, status, problem type, field
                bad("malformed JSON", SHOW_PATH, "{\"name\":", 400, "malformed-body", null),
                bad("not JSON at all", BOOKINGS_PATH, "seats=1", 400, "malformed-body", null),
                bad("trailing garbage", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":3} x", 400, "malformed-body", null),
                bad("an array instead of an object", SHOW_PATH, "[1]", 400, "validation", "body"),
                bad("empty body", SHOW_PATH, "", 400, "validation", "body"),
                bad("missing fields", SHOW_PATH, "{}", 400, "validation", "name"),
                bad("blank name", SHOW_PATH, "{\"name\":\"  \",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":3}", 400, "validation", "name"),
                bad("oversized name", SHOW_PATH, "{\"name\":\"" + "n".repeat(201) + "\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":3}", 400, "validation", "name"),
                bad("zero seats", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":0}", 400, "validation", "totalSeats"),
                bad("too many seats", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":100001}", 400, "validation", "totalSeats"),
                bad("seat count as text", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":\"3\"}", 400, "validation", "totalSeats"),
                bad("seat count beyond int", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":99999999999}", 400, "validation", "totalSeats"),
                bad("start time without offset", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00\",\"totalSeats\":3}", 400, "validation", "startTime"),
                bad("start time not a date", SHOW_PATH, "{\"name\":\"x\",\"startTime\":\"tomorrow\",\"totalSeats\":3}", 400, "validation", "startTime"),
                bad("a client-chosen show id", SHOW_PATH, "{\"id\":\"3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a\",\"name\":\"x\",\"startTime\":\"2031-01-01T00:00:00Z\",\"totalSeats\":3}", 400, "validation", "id"),
                bad("no seats", BOOKINGS_PATH, "{\"seats\":[],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("seats missing", BOOKINGS_PATH, "{\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("a seat twice", BOOKINGS_PATH, "{\"seats\":[4,4],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("seat zero", BOOKINGS_PATH, "{\"seats\":[0],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("negative seat", BOOKINGS_PATH, "{\"seats\":[-3],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("seat beyond the show", BOOKINGS_PATH, "{\"seats\":[2,11],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("fractional seat", BOOKINGS_PATH, "{\"seats\":[2.5],\"userName\":\"bob\"}", 400, "validation", "seats[0]"),
                bad("seat as text", BOOKINGS_PATH, "{\"seats\":[2,\"3\"],\"userName\":\"bob\"}", 400, "validation", "seats[1]"),
                bad("null seat", BOOKINGS_PATH, "{\"seats\":[2,null],\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("seats not an array", BOOKINGS_PATH, "{\"seats\":2,\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("more than twenty seats", BOOKINGS_PATH, "{\"seats\":" + seats21 + ",\"userName\":\"bob\"}", 400, "validation", "seats"),
                bad("blank user name", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\" \"}", 400, "validation", "userName"),
                bad("oversized user name", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"" + "u".repeat(101) + "\"}", 400, "validation", "userName"),
                bad("user name not text", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":42}", 400, "validation", "userName"),
                bad("hold not a boolean", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"bob\",\"hold\":\"yes\"}", 400, "validation", "hold"),
                bad("hold as blank text", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"bob\",\"hold\":\" \"}", 400, "validation", "hold"),
                bad("a client-set status", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"bob\",\"status\":\"CONFIRMED\"}", 400, "validation", "status"),
                bad("a client-set deadline", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"bob\",\"hold\":true,\"expiresAt\":\"2099-01-01T00:00:00Z\"}", 400, "validation", "expiresAt"),
                bad("a client-chosen booking id", BOOKINGS_PATH, "{\"id\":\"9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b\",\"seats\":[2],\"userName\":\"bob\"}", 400, "validation", "id"),
                bad("a huge body", BOOKINGS_PATH, "{\"seats\":[2],\"userName\":\"" + "u".repeat(300_000) + "\"}", 413, "payload-too-large", null));
    }

    private static Arguments bad(String description, String path, String body, int status, String type, String field) {
        return Arguments.of(description, path, body, status, type, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndChangesNothing(String description, String path, String body, int status, String type, String field) {
        List<Object> showsBefore = given().get("/shows").then().extract().jsonPath().getList("id");

        RequestSpecification caller = path.equals(SHOW_PATH) ? Api.asAdmin() : Api.as("bob");
        Response response = caller.contentType("application/json").body(body).post(path.replace("{show}", show));

        response.then().statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:" + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
        if (field != null) {
            response.then().body("violations.field", hasItem(field));
        }
        assertThat(given().get("/shows").then().extract().jsonPath().getList("id")).containsExactlyInAnyOrderElementsOf(showsBefore);
        assertThat(Api.reservedSeats(show)).containsExactly(1);
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsA415() {
        Api.asAdmin().contentType("text/plain").body("hello").post("/shows").then().statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:unsupported-media-type"));
    }

    @Test
    void anUnsupportedMethodIsA405() {
        given().delete("/shows/{id}", show).then().statusCode(405)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:method-not-allowed"));
        assertThat(Api.reservedSeats(show)).containsExactly(1);
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().get("/shows/{id}/nothing-here", show).then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:resource-not-found"));
    }
}
