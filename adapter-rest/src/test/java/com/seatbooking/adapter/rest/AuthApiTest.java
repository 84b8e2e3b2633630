package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Registering, signing in and out, who am I; sessions by cookie with their CSRF token; credentials that must not work. */
@QuarkusTest
class AuthApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response register(String username, String password, String displayName) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "displayName", displayName))
                .post("/auth/register");
    }

    private static Response logIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password)).post("/auth/login");
    }

    // --- register, log in, me -------------------------------------------------------------------

    @Test
    void someoneRegistersSignsInAndIsKnown() {
        String username = fresh("Ada.L");
        register(username, Api.PASSWORD, "  Ada Lovelace ").then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", "/me")
                .body("username", equalTo(username))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("roles", contains("customer"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));

        ExtractableResponse<Response> login = logIn(username.toLowerCase(), Api.PASSWORD).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token", notNullValue())
                .body("user.username", equalTo(username))
                .body("user.displayName", equalTo("Ada Lovelace"))
                .body("user.roles", contains("customer"))
                .extract();
        Instant expiresAt = Instant.parse(login.path("expiresAt"));
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofHours(12)).minusSeconds(60), Instant.now().plus(Duration.ofHours(12)));

        Api.bearer(login.path("token")).get("/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("roles", contains("customer"));
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        String username = fresh("Bob");
        register(username, Api.PASSWORD, "Bob").then().statusCode(201);

        register(username.toUpperCase(), Api.PASSWORD, "Another Bob").then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:username-taken"))
                .body("detail", containsString(username.toUpperCase()));
        logIn(username.toUpperCase(), Api.PASSWORD).then().statusCode(200).body("user.displayName", equalTo("Bob"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = fresh("carol");
        register(username, Api.PASSWORD, "Carol").then().statusCode(201);

        Map<String, Object> wrongPassword = new java.util.HashMap<>(logIn(username, "not the password").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                .extract().jsonPath().getMap("$"));
        Map<String, Object> unknownUser = new java.util.HashMap<>(logIn(fresh("nobody"), Api.PASSWORD).then().statusCode(401)
                .contentType(PROBLEM).extract().jsonPath().getMap("$"));

        // the same answer, but for the id of the request it answers
        assertThat(wrongPassword.remove("requestId")).isNotEqualTo(unknownUser.remove("requestId"));
        assertThat(wrongPassword).isEqualTo(unknownUser);
        assertThat(wrongPassword.get("type")).isEqualTo("urn:problem-type:seat-booking:invalid-credentials");
    }

    @Test
    void theFirstAdministratorExistsWithTheConfiguredPassword() {
        String token = logIn("ADMIN", TestKeys.adminPassword()).then().statusCode(200)
                .body("user.username", equalTo("admin"))
                .body("user.roles", contains("admin"))
                .extract().path("token");

        Api.bearer(token).get("/me").then().statusCode(200).body("roles", contains("admin"));
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("username too short", Map.of("username", "ab", "password", Api.PASSWORD, "displayName", "X"), "username"),
                Arguments.of("username too long", Map.of("username", "u".repeat(65), "password", Api.PASSWORD, "displayName", "X"), "username"),
                Arguments.of("username with a space", Map.of("username", "al ice", "password", Api.PASSWORD, "displayName", "X"), "username"),
                Arguments.of("username with SQL", Map.of("username", "x' OR '1'='1", "password", Api.PASSWORD, "displayName", "X"), "username"),
                Arguments.of("username with HTML", Map.of("username", "<script>", "password", Api.PASSWORD, "displayName", "X"), "username"),
                Arguments.of("password too short", Map.of("username", "shorty", "password", "123456789", "displayName", "X"), "password"),
                Arguments.of("password too long", Map.of("username", "longy", "password", "p".repeat(129), "displayName", "X"), "password"),
                Arguments.of("password over 72 bytes", Map.of("username", "bytey", "password", "ü".repeat(37), "displayName", "X"), "password"),
                Arguments.of("blank display name", Map.of("username", "blank", "password", Api.PASSWORD, "displayName", "   "), "displayName"),
                Arguments.of("display name too long", Map.of("username", "wide", "password", Api.PASSWORD, "displayName", "d".repeat(101)), "displayName"),
                Arguments.of("display name with a control character", Map.of("username", "ctrl", "password", Api.PASSWORD, "displayName", "a\u0007b"), "displayName"),
                Arguments.of("missing fields", Map.of(), "username"),
                Arguments.of("a role chosen by the client", Map.of("username", "sneaky", "password", Api.PASSWORD, "displayName", "X",
                        "roles", List.of("admin")), "roles"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsA400AndCreatesNothing(String description, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/auth/register").then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:validation"))
                .body("violations.field", hasItem(field));
        if (body.get("username") instanceof String username && username.matches("[A-Za-z0-9._-]{3,64}")) {
            logIn(username, String.valueOf(body.get("password"))).then().statusCode(anyOf(400, 401));
        }
    }

    private static org.hamcrest.Matcher<Integer> anyOf(int a, int b) {
        return org.hamcrest.Matchers.anyOf(equalTo(a), equalTo(b));
    }

    @Test
    void theTooLongBytesAreNamedClearly() {
        register("umlauts", "ü".repeat(37), "U").then().statusCode(400)
                .body("violations[0].message", startsWith("must be at most 72 bytes in UTF-8"));
    }

    static Stream<Arguments> badLogins() {
        return Stream.of(
                Arguments.of("no fields", "{}", 400),
                Arguments.of("a password of ten thousand characters", "{\"username\":\"alice\",\"password\":\"" + "p".repeat(10_000) + "\"}", 400),
                Arguments.of("a username of ten thousand characters", "{\"username\":\"" + "u".repeat(10_000) + "\",\"password\":\"x\"}", 400),
                Arguments.of("SQL for a username", "{\"username\":\"' OR '1'='1' --\",\"password\":\"whatever it is\"}", 401),
                Arguments.of("not JSON", "username=alice", 400),
                Arguments.of("a number for a password", "{\"username\":\"alice\",\"password\":12345678901}", 400),
                Arguments.of("a huge body", "{\"username\":\"alice\",\"password\":\"" + "p".repeat(70_000) + "\"}", 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLogins")
    void aBadLoginIsAProblemNeverA500(String description, String body, int status) {
        given().contentType(ContentType.JSON).body(body).post("/auth/login").then().statusCode(status)
                .contentType(PROBLEM)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void namesWithHtmlOrSqlAreJustText() {
        String username = fresh("mallory");
        String displayName = "<img src=x onerror=alert(1)> Robert'); DROP TABLE accounts;--";
        register(username, Api.PASSWORD, displayName).then().statusCode(201).contentType(ContentType.JSON)
                .body("displayName", equalTo(displayName));
        String token = logIn(username, Api.PASSWORD).then().statusCode(200).extract().path("token");
        Api.bearer(token).get("/me").then().statusCode(200).contentType(ContentType.JSON).body("displayName", equalTo(displayName));

        String show = Api.createShow(Api.uniqueName("Escapes"), 5);
        String attendee = "\"><script>alert('x')</script>; DELETE FROM bookings; --";
        String booking = Api.bearer(token).contentType(ContentType.JSON).body(Map.of("seats", List.of(1), "userName", attendee))
                .post("/shows/{id}/bookings", show).then().statusCode(201).contentType(ContentType.JSON)
                .body("userName", equalTo(attendee)).extract().path("id");
        Api.bearer(token).get("/bookings/{id}", booking).then().statusCode(200).body("userName", equalTo(attendee));
        logIn(username, Api.PASSWORD).then().statusCode(200);
    }

    // --- sessions by cookie ------------------------------------------------------------------------

    @Test
    void loginSetsAnHttpOnlySessionCookieAndAReadableCsrfCookie() {
        Response login = logIn(TestKeys.ADMIN, TestKeys.adminPassword());
        List<String> cookies = login.headers().getValues("Set-Cookie");

        String token = login.path("token");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("sb_session=" + token + ";").contains("; Path=/", "; HttpOnly", "; SameSite=Strict", "; Max-Age=43200")
                .doesNotContain("Secure"));
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("sb_csrf=").contains("; Path=/", "; SameSite=Strict").doesNotContain("HttpOnly"));
    }

    @Test
    void overHttpsTheCookiesAreSecure() {
        List<String> cookies = given().header("X-Forwarded-Proto", "https").contentType(ContentType.JSON)
                .body(Map.of("username", TestKeys.ADMIN, "password", TestKeys.adminPassword()))
                .post("/auth/login").then().statusCode(200).extract().headers().getValues("Set-Cookie");

        assertThat(cookies).hasSize(2).allSatisfy(cookie -> assertThat(cookie).endsWith("; Secure"));
    }

    @Test
    void theSessionCookieSignsInAndItsWritesNeedTheCsrfToken() {
        Session session = Session.of("dora");
        String show = Api.createShow(Api.uniqueName("Cookies"), 10);

        given().cookie("sb_session", session.token).get("/me").then().statusCode(200).body("username", equalTo("dora"));

        session.post(show, null, 1).then().statusCode(403)
                .contentType(PROBLEM).body("type", equalTo("urn:problem-type:seat-booking:csrf-token-missing"));
        session.post(show, "not-the-token", 1).then().statusCode(403)
                .body("type", equalTo("urn:problem-type:seat-booking:csrf-token-missing"));
        given().cookie("sb_session", session.token).cookie("sb_csrf", "planted").header("X-CSRF-Token", "planted")
                .contentType(ContentType.JSON).body(Map.of("seats", List.of(1)))
                .post("/shows/{id}/bookings", show).then().statusCode(403)
                .body("type", equalTo("urn:problem-type:seat-booking:csrf-token-missing"));
        assertThat(Api.reservedSeats(show)).as("nothing was booked without the token").isEmpty();

        String booking = session.post(show, session.csrf, 1).then().statusCode(201).body("owner", equalTo("dora"))
                .body("userName", equalTo("Customer dora")).extract().path("id");
        given().cookie("sb_session", session.token).cookie("sb_csrf", session.csrf).header("X-CSRF-Token", session.csrf)
                .post("/bookings/{id}/cancel", booking).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aBearerTokenNeedsNoCsrfTokenAndWinsOverACookie() {
        String show = Api.createShow(Api.uniqueName("Bearer"), 10);

        Api.as("erin").cookie("sb_session", "garbage").contentType(ContentType.JSON).body(Map.of("seats", List.of(2)))
                .post("/shows/{id}/bookings", show).then().statusCode(201).body("owner", equalTo("erin"));
    }

    @Test
    void logoutClearsBothCookiesSignedInOrNot() {
        Session session = Session.of("fred");
        for (var request : List.of(given(), given().cookie("sb_session", session.token).cookie("sb_csrf", session.csrf))) {
            List<String> cookies = request.post("/auth/logout").then().statusCode(204).extract().headers().getValues("Set-Cookie");
            assertThat(cookies).containsExactlyInAnyOrder(
                    "sb_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
                    "sb_csrf=; Path=/; SameSite=Strict; Max-Age=0");
        }
    }

    // --- credentials that must not work ---------------------------------------------------------------

    static Stream<Arguments> badTokens() {
        String genuine = TestTokens.genuine("alice", Set.of("customer"));
        return Stream.of(
                Arguments.of("not a token", "abc"),
                Arguments.of("three dots of nothing", "a.b.c"),
                Arguments.of("expired", TestTokens.expired()),
                Arguments.of("tampered with (customer made admin)", TestTokens.tamperedToAdmin(genuine)),
                Arguments.of("signed by another key", TestTokens.signedByAnotherKey()),
                Arguments.of("issued by someone else", TestTokens.ofAnotherIssuer()),
                Arguments.of("alg none", TestTokens.unsigned(genuine)),
                Arguments.of("a megabyte-ish of junk", "x".repeat(6_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadBearerTokenIsA401ProblemAndChangesNothing(String description, String token) {
        Api.bearer(token).get("/me").then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("type", equalTo("urn:problem-type:seat-booking:invalid-token"));
        Api.bearer(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Forged", "startTime", "2031-01-01T00:00:00Z", "totalSeats", 3))
                .post("/shows").then().statusCode(401).contentType(PROBLEM);
        given().queryParam("q", "Forged").queryParam("when", "all").get("/shows").then().statusCode(200).body("name", not(hasItem("Forged")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadSessionCookieIsA401AndIsCleared(String description, String token) {
        given().cookie("sb_session", token).get("/me/bookings").then().statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:invalid-token"))
                .header("Set-Cookie", startsWith("sb_"));
    }

    @Test
    void anotherAuthorizationSchemeIsRefused() {
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/me").then().statusCode(401)
                .contentType(PROBLEM).body("type", equalTo("urn:problem-type:seat-booking:invalid-token"));
    }

    @Test
    void aGenuineTokenOfTheRightKeyIsAcceptedWithoutAnyLookup() {
        Api.bearer(TestTokens.genuine("nobody-registered", Set.of("customer"))).get("/me").then().statusCode(200)
                .body("username", equalTo("nobody-registered"));
    }

    @Test
    void aGenuineTokenForAnAccountThatIsNotThereCannotBook() {
        String show = Api.createShow(Api.uniqueName("Ghost"), 5);
        Api.bearer(TestTokens.genuine("ghost", Set.of("customer"))).contentType(ContentType.JSON).body(Map.of("seats", List.of(1)))
                .post("/shows/{id}/bookings", show).then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:problem-type:seat-booking:not-signed-in"));
        assertThat(Api.reservedSeats(show)).isEmpty();
    }

    @Test
    void anonymousRequestsAreRefusedBeforeTheirBodyIsRead() {
        String show = Api.createShow(Api.uniqueName("Early"), 5);
        given().contentType(ContentType.JSON).body("{not json").post("/shows/{id}/bookings", show).then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:problem-type:seat-booking:not-signed-in"));
    }

    /** A browser's session: the cookies login set. */
    private record Session(String token, String csrf) {

        static Session of(String username) {
            Api.token(username);
            Response login = logIn(username, Api.PASSWORD);
            return new Session(login.cookie("sb_session"), login.cookie("sb_csrf"));
        }

        Response post(String show, String csrfHeader, Integer... seats) {
            var request = given().cookie("sb_session", token).cookie("sb_csrf", csrf).contentType(ContentType.JSON);
            if (csrfHeader != null) {
                request.header("X-CSRF-Token", csrfHeader);
            }
            return request.body(Map.of("seats", List.of(seats))).post("/shows/{id}/bookings", show);
        }
    }
}
