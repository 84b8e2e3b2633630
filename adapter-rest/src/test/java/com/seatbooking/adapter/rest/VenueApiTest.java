package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Venue layouts over HTTP: creating a show with sections, rows, aisles and prices (and the 400s that
 * name each wrong field), labels and prices on every booking, best available, the compact and
 * bitmap seat maps, gzip; who may do what.
 */
@QuarkusTest
class VenueApiTest {

    /** DESIGN.md §11's example. */
    static final String SWAN_LAKE = """
            {"name": "%s", "startTime": "%s",
             "layout": {"sections": [
               {"name": "Stalls", "price": {"amount": "45.00", "currency": "EUR"},
                "rows": [{"label": "A", "seats": 20, "gapsAfter": [10]}, {"label": "B", "seats": 22}]},
               {"name": "Balcony", "rows": [{"label": "A", "seats": 16, "price": {"amount": "30.00", "currency": "EUR"}}]}]}}""";

    static String swanLake() {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(SWAN_LAKE.formatted(Api.uniqueName("Swan Lake"), Instant.now().plus(Duration.ofDays(30))))
                .post("/shows").then().statusCode(201).extract().path("id");
    }

    static Response bestAvailable(String user, String showId, Map<String, Object> body) {
        return Api.as(user).contentType(ContentType.JSON).body(body).post("/shows/{id}/bookings", showId);
    }

    @Test
    void anAdminCreatesAShowWithALayoutAndEveryoneSeesIt() {
        String body = SWAN_LAKE.formatted("Swan Lake", Instant.now().plus(Duration.ofDays(30)));
        JsonPath created = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/shows")
                .then().statusCode(201).body("totalSeats", equalTo(58)).body("currency", equalTo("EUR"))
                .extract().jsonPath();
        assertThat(created.getList("layout.sections.name")).containsExactly("Stalls", "Balcony");
        assertThat(created.getList("layout.sections[0].rows.firstSeat")).containsExactly(1, 21);
        assertThat(created.getList("layout.sections[0].rows[0].gapsAfter")).containsExactly(10);
        assertThat(created.getString("layout.sections[0].rows[1].price.amount")).isEqualTo("45.00");
        assertThat(created.getString("layout.sections[1].price")).isNull();
        assertThat(created.getString("layout.sections[1].rows[0].price.amount")).isEqualTo("30.00");
        assertThat(created.getInt("layout.sections[1].rows[0].firstSeat")).isEqualTo(43);

        given().get("/shows/{id}", created.getString("id")).then().statusCode(200)
                .body("totalSeats", equalTo(58)).body("currency", equalTo("EUR"))
                .body("layout.sections[0].rows[0].label", equalTo("A"))
                .body("availableSeats.size()", equalTo(58));
        // a show without a layout says so
        String plain = Api.createShow(Api.uniqueName("Plain"), 5);
        given().get("/shows/{id}", plain).then().body("layout", nullValue()).body("currency", nullValue()).body("$", hasKey("layout"));
    }

    @Test
    void anInvalidLayoutIsRefusedNamingEachWrongField() {
        String body = """
                {"name": "Bad", "startTime": "%s", "totalSeats": 7,
                 "layout": {"sections": [
                   {"name": "Stalls", "price": {"amount": "45.001", "currency": "EUR"},
                    "rows": [{"label": "A", "seats": 0}, {"label": "B", "seats": 10, "gapsAfter": [10]}]},
                   {"name": "Balcony", "rows": []},
                   {"name": "Box", "rows": [{"label": "A", "seats": 2}, {"label": "A", "seats": 2}]}]}}"""
                .formatted(Instant.now().plus(Duration.ofDays(30)));

        Api.asAdmin().contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:validation"))
                .body("violations.field", containsInAnyOrder("layout.sections[0].price.amount", "layout.sections[0].rows[0].seats",
                        "layout.sections[0].rows[1].gapsAfter", "layout.sections[1].rows", "layout.sections[2].rows[1].label"));

        String twoSections = """
                {"name": "Two", "startTime": "%s", "totalSeats": %d,
                 "layout": {"sections": [{"name": "S", "price": {"amount": "1", "currency": "EUR"}, "rows": [{"label": "A", "seats": 1}]},
                                         {"name": "%s", "price": {"amount": "1", "currency": "%s"}, "rows": [{"label": "A", "seats": 1}]}]}}""";
        String later = Instant.now().plus(Duration.ofDays(30)).toString();
        Api.asAdmin().contentType(ContentType.JSON).body(twoSections.formatted(later, 2, "T", "USD")).post("/shows").then().statusCode(400)
                .body("violations.field", contains("layout.sections"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("one currency per show"));
        Api.asAdmin().contentType(ContentType.JSON).body(twoSections.formatted(later, 2, "s", "EUR")).post("/shows").then().statusCode(400)
                .body("violations.field", contains("layout.sections[1].name"));
        Api.asAdmin().contentType(ContentType.JSON).body(twoSections.formatted(later, 3, "T", "EUR")).post("/shows").then().statusCode(400)
                .body("violations.field", contains("totalSeats"));
        Api.asAdmin().contentType(ContentType.JSON).body(twoSections.formatted(later, 2, "T", "EUR")).post("/shows").then().statusCode(201);
        Api.asAdmin().contentType(ContentType.JSON).body("{\"name\": \"No seats\", \"startTime\": \"2031-01-01T00:00:00Z\"}")
                .post("/shows").then().statusCode(400).body("violations.field", contains("totalSeats"));
        Api.asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"Wrong type\", \"startTime\": \"2031-01-01T00:00:00Z\", \"layout\": {\"sections\": 3}}")
                .post("/shows").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsCreateShowsWithLayouts() {
        String body = SWAN_LAKE.formatted("Not yours", Instant.now().plus(Duration.ofDays(30)));
        given().contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(401);
        Api.as("venue-customer").contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(403);
        Api.asAdmin().contentType(ContentType.JSON).body(body).post("/shows").then().statusCode(201);
    }

    @Test
    void everyBookingNamesItsSeatsLabelsAndPrice() {
        String show = swanLake();
        String id = Api.book(show, "labels", 11, 12, 43).then().statusCode(201)
                .body("seatLabels", contains("Stalls A-11", "Stalls A-12", "Balcony A-1"))
                .body("totalPrice.amount", equalTo("120.00")).body("totalPrice.currency", equalTo("EUR"))
                .extract().path("id");

        Api.as("labels").get("/bookings/{id}", id).then().statusCode(200).body("seatLabels", contains("Stalls A-11", "Stalls A-12", "Balcony A-1"));
        Api.as("labels").get("/me/bookings").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.seatLabels", contains("Stalls A-11", "Stalls A-12", "Balcony A-1"))
                .body("find { it.id == '" + id + "' }.totalPrice.amount", equalTo("120.00"));
        Api.as("labels").post("/bookings/{id}/cancel", id).then().statusCode(200).body("seatLabels[0]", equalTo("Stalls A-11"));
        // the failed attempt names them too
        Api.book(show, "labels-rival", 1).then().statusCode(201);
        Api.book(show, "labels", 1, 2).then().statusCode(409).body("seatLabels", contains("Stalls A-1", "Stalls A-2"));

        String plain = Api.createShow(Api.uniqueName("Plain"), 10);
        Api.book(plain, "labels", 4, 5).then().statusCode(201).body("seatLabels", contains("4", "5")).body("totalPrice", nullValue());
    }

    @Test
    void bestAvailablePicksSidebySideSeatsAndNamesThem() {
        String show = swanLake();

        JsonPath pair = bestAvailable("picker", show, Map.of("quantity", 2)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("/bookings/"))
                .body("status", equalTo("CONFIRMED")).body("totalPrice.amount", equalTo("90.00"))
                .extract().jsonPath();
        // row A's centre pair would straddle its aisle; the pairs beside it are as good
        assertThat(pair.getList("seats", Integer.class)).isIn(List.of(9, 10), List.of(11, 12));
        assertThat(pair.getList("seatLabels", String.class)).allMatch(label -> label.startsWith("Stalls A-"));

        bestAvailable("picker", show, Map.of("quantity", 2, "section", "balcony", "together", true, "hold", true))
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .body("seats", contains(50, 51)).body("seatLabels", contains("Balcony A-8", "Balcony A-9"))
                .body("totalPrice.amount", equalTo("60.00"));
    }

    @Test
    void bestAvailableSaysWhatIsPossible() {
        String show = Api.createShow(Api.uniqueName("Small"), 6);
        Api.book(show, "small-rival", 3, 4).then().statusCode(201);

        bestAvailable("small", show, Map.of("quantity", 3, "together", true)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:not-enough-adjacent-seats"))
                .body("largestBlock", equalTo(2));
        bestAvailable("small", show, Map.of("quantity", 3)).then().statusCode(201).body("seats.size()", equalTo(3));
        bestAvailable("small", show, Map.of("quantity", 2)).then().statusCode(409)
                .body("type", equalTo("urn:problem-type:seat-booking:not-enough-seats"))
                .body("available", equalTo(1));
    }

    @Test
    void badBestAvailableRequestsAreRefused() {
        String show = swanLake();
        bestAvailable("bad-picker", show, Map.of("quantity", 2, "seats", List.of(1, 2))).then().statusCode(400)
                .body("violations.field", contains("seats"));
        bestAvailable("bad-picker", show, Map.of("quantity", 0)).then().statusCode(400).body("violations.field", contains("quantity"));
        bestAvailable("bad-picker", show, Map.of("quantity", 21)).then().statusCode(400).body("violations.field", contains("quantity"));
        bestAvailable("bad-picker", show, Map.of("quantity", "two")).then().statusCode(400);
        bestAvailable("bad-picker", show, Map.of("quantity", 2, "section", "Gallery")).then().statusCode(400)
                .body("violations.field", contains("section"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("Stalls, Balcony"));
        bestAvailable("bad-picker", show, Map.of("together", true)).then().statusCode(400).body("violations.field", contains("quantity"));
        assertThat(Api.reservedSeats(show)).isEmpty();
    }

    @Test
    void bestAvailableAccessMatrix() {
        String show = swanLake();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).post("/shows/{id}/bookings", show).then().statusCode(401);
        String mine = bestAvailable("matrix-customer", show, Map.of("quantity", 1)).then().statusCode(201).extract().path("id");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", 12)).post("/shows/{id}/bookings", show)
                .then().statusCode(201).body("seats.size()", equalTo(12));
        // another customer cannot see it; its owner and the admin can, labels included
        Api.as("matrix-other").get("/bookings/{id}", mine).then().statusCode(404);
        Api.as("matrix-customer").get("/bookings/{id}", mine).then().statusCode(200).body("seatLabels.size()", equalTo(1));
        Api.asAdmin().get("/bookings/{id}", mine).then().statusCode(200).body("seatLabels.size()", equalTo(1));
    }

    @Test
    void aRetriedBestAvailableRequestGetsTheSameSeats() {
        String show = swanLake();
        Response first = Api.as("retrier").header("Idempotency-Key", "best-" + show).contentType(ContentType.JSON)
                .body(Map.of("quantity", 2)).post("/shows/{id}/bookings", show);
        first.then().statusCode(201);
        Api.as("retrier").header("Idempotency-Key", "best-" + show).contentType(ContentType.JSON)
                .body(Map.of("quantity", 2)).post("/shows/{id}/bookings", show)
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("seatLabels", equalTo(first.path("seatLabels")));
        assertThat(Api.reservedSeats(show)).hasSize(2);
    }

    @Test
    void compactAndBitmapViewsDescribeTheSameMap() {
        String show = swanLake();
        Api.book(show, "viewer", 1, 2, 5).then().statusCode(201);
        Api.book(show, "viewer", 58).then().statusCode(201);

        given().get("/shows/{id}?view=compact", show).then().statusCode(200)
                .body("reservedRanges", equalTo(List.of(List.of(1, 2), List.of(5, 5), List.of(58, 58))))
                .body("$", not(hasKey("reservedSeats"))).body("$", not(hasKey("availableSeats"))).body("$", not(hasKey("reservedBitmap")))
                .body("reservedCount", equalTo(4)).body("availableCount", equalTo(54)).body("layout.sections.size()", equalTo(2));
        String bitmap = given().get("/shows/{id}?view=bitmap", show).then().statusCode(200)
                .body("$", not(hasKey("reservedRanges"))).body("$", not(hasKey("reservedSeats")))
                .extract().path("reservedBitmap");
        byte[] bits = Base64.getDecoder().decode(bitmap);
        assertThat(bits).hasSize(8);
        assertThat(bits[0] & 0xff).isEqualTo(0b1100_1000);
        assertThat(bits[7] & 0xff).as("seat 58 is bit 57: byte 7, mask 0x40").isEqualTo(0x40);
        given().get("/shows/{id}?view=everything", show).then().statusCode(400).body("violations.field", contains("view"));

        // each view has its own validator; an unchanged map answers 304
        String compactTag = given().get("/shows/{id}?view=compact", show).then().extract().header("ETag");
        String fullTag = given().get("/shows/{id}", show).then().extract().header("ETag");
        assertThat(compactTag).isNotEqualTo(fullTag);
        given().header("If-None-Match", compactTag).get("/shows/{id}?view=compact", show).then().statusCode(304);
    }

    private static HttpResponse<byte[]> raw(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Accept-Encoding", acceptEncoding).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void jsonAndProblemsAreGzippedForClientsThatAcceptIt() throws Exception {
        String show = Api.createShow(Api.uniqueName("Zipped"), 2000);

        HttpResponse<byte[]> zipped = raw("/shows/" + show, "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(new JsonPath(json).getList("availableSeats")).hasSize(2000);
        assertThat(zipped.body().length).as("smaller than the JSON").isLessThan(json.length() * 6 / 10);

        HttpResponse<byte[]> plain = raw("/shows/" + show, "identity");
        assertThat(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals)).isEmpty();

        HttpResponse<byte[]> problem = raw("/shows/not-a-uuid", "gzip");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void theEventStreamIsNeverCompressed() {
        String show = Api.createShow(Api.uniqueName("Streamed"), 10);
        try (EventStream stream = EventStream.open("/shows/" + show + "/events", Map.of("Accept-Encoding", "gzip"))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Encoding")).isIn(null, "identity");
            assertThat(stream.next(Duration.ofSeconds(10)).name()).isEqualTo("snapshot");
            Api.book(show, "streamer", 3).then().statusCode(201);
            assertThat(stream.next(Duration.ofSeconds(10)).ints("reserved")).contains(3);
        }
    }
}
