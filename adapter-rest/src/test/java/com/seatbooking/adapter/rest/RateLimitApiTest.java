package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 429 with Retry-After once a client goes past a rate limit (low limits here: 5 writes a minute per
 * account, 40 per address, 30 reads per address); the write buckets are kept in PostgreSQL, shared
 * by every instance. Every test here talks from 127.0.0.1, so they share the address's buckets: each
 * runs in its turn: the reads and the address's writes are used up last.
 */
@QuarkusTest
@TestProfile(RateLimitsProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitApiTest {

    private static final Pattern LIMITED = Pattern.compile("seatbooking_rate_limited_total\\{limit=\"account-writes\"} ([0-9.]+)");

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void anAccountThatWritesTooFastGets429WithRetryAfter() throws SQLException {
        String show = Api.createShow(Api.uniqueName("Scripted"), 40);
        Api.token("script");
        double before = limitedCount();

        Response refused = firstRefusal(() -> Api.book(show, "script", 1 + (int) (Math.random() * 40)), 8);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:seat-booking:rate-limited"))
                .body("title", equalTo("Too many requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.<Integer>path("retryAfterSeconds")).isEqualTo((int) retryAfter);
        assertThat(refused.<String>path("detail")).isEqualTo("Too many changes from this account in a short time; try again in "
                + retryAfter + (retryAfter == 1 ? " second." : " seconds."));
        assertThat(limitedCount()).isEqualTo(before + 1);
        assertThat(count("SELECT count(*) FROM rate_limit_buckets WHERE id LIKE 'a:%'")).as("kept in PostgreSQL").isPositive();
        Api.as("script").get("/me").then().statusCode(200);
    }

    @Test
    @Order(2)
    void readsFromOneAddressAreLimitedToo() {
        Response refused = firstRefusal(() -> given().get("/shows"), 45);

        refused.then().statusCode(429).body("detail", org.hamcrest.Matchers.startsWith("Too many requests from your network address"));
        given().get("/health").then().statusCode(200);
    }

    @Test
    @Order(3)
    void writesFromOneAddressAreLimitedWhoeverSendsThem() {
        Response refused = firstRefusal(() -> given().post("/auth/logout"), 60);

        refused.then().statusCode(429).body("detail", org.hamcrest.Matchers.startsWith("Too many changes from your network address"));
    }

    /** Sends until refused, at most {@code attempts} times; the refusal. */
    private static Response firstRefusal(Supplier<Response> request, int attempts) {
        for (int i = 0; i < attempts; i++) {
            Response response = request.get();
            if (response.statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("no 429 within " + attempts + " requests");
    }

    private static double limitedCount() {
        Matcher matcher = LIMITED.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
