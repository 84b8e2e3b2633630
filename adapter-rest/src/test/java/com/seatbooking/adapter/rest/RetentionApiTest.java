package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.seatbooking.adapter.scheduler.PurgeStaleRecordsJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bounded storage: a failed attempt stays readable for its retention window (7 days), then the
 * clean-up job deletes it with its history; the show's totals (admins only) keep counting it. The
 * attempts are made old by moving their timestamps back in SQL, as waiting 7 days is not an option.
 */
@QuarkusTest
class RetentionApiTest {

    @Inject
    DataSource dataSource;
    @Inject
    PurgeStaleRecordsJob job;

    @Test
    void oldFailedAttemptsAreDeletedRecentOnesKeptAndTheTotalsStillCountThem() throws SQLException {
        String show = Api.createShow(Api.uniqueName("Storm"), 10);
        Api.book(show, "quinn", 1).then().statusCode(201);
        String old = Api.book(show, "rosa", 1).then().statusCode(409).extract().path("id");
        String older = Api.book(show, "rosa", 1, 2).then().statusCode(409).extract().path("id");
        String recent = Api.book(show, "rosa", 1, 3).then().statusCode(409).extract().path("id");
        String hold = Api.hold(show, "rosa", 4).then().statusCode(201).extract().path("id");
        Api.as("rosa").post("/bookings/{id}/cancel", hold).then().statusCode(200);
        ageBy("8 days", old, older);
        ageBy("6 days", recent);

        job.run();

        Api.as("rosa").get("/bookings/{id}", old).then().statusCode(404);
        Api.as("rosa").get("/bookings/{id}", older).then().statusCode(404);
        Api.as("rosa").get("/bookings/{id}", recent).then().statusCode(200).body("status", equalTo("FAILED"));
        Api.asAdmin().get("/shows/{id}/totals", show).then().statusCode(200)
                .body("showId", equalTo(show))
                .body("confirmed", equalTo(1))
                .body("pending", equalTo(0))
                .body("cancelled", equalTo(1))
                .body("failedSeatsUnavailable", equalTo(3))
                .body("failedHoldExpired", equalTo(0))
                .body("deletedFailed", equalTo(2));
        assertThat(count("SELECT count(*) FROM booking_status_changes WHERE booking_id IN ('" + old + "', '" + older + "')"))
                .as("their history went with them").isZero();
    }

    @Test
    void onlyAdminsSeeTheTotals() {
        String show = Api.createShow(Api.uniqueName("Totals"), 10);

        given().get("/shows/{id}/totals", show).then().statusCode(401);
        Api.as("sam").get("/shows/{id}/totals", show).then().statusCode(403).body("type", equalTo("urn:problem-type:seat-booking:forbidden"));
        Api.asAdmin().get("/shows/{id}/totals", "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a").then().statusCode(404)
                .body("type", equalTo("urn:problem-type:seat-booking:show-not-found"));
        Api.asAdmin().get("/shows/{id}/totals", "42").then().statusCode(400);
        Api.asAdmin().get("/shows/{id}/totals", show).then().statusCode(200).body("confirmed", equalTo(0)).body("deletedFailed", equalTo(0));
    }

    private void ageBy(String interval, String... bookings) throws SQLException {
        String ids = "'" + String.join("', '", bookings) + "'";
        execute("UPDATE booking_status_changes SET changed_at = changed_at - interval '" + interval + "' WHERE booking_id IN (" + ids + ")");
        execute("UPDATE bookings SET created_at = created_at - interval '" + interval + "', updated_at = updated_at - interval '" + interval
                + "' WHERE id IN (" + ids + ")");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
