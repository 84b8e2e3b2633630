package com.seatbooking.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaRoutingTest {

    private final SpaRouting routing = new SpaRouting(List.of("/shows", "/bookings", "/auth", "/me", "/health", "/q"));

    @ParameterizedTest(name = "{0} {1} -> web app: {2}")
    @CsvSource({
            "GET, /admin, true",
            "GET, /booking/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a, true",
            "HEAD, /booking/abc, true",
            "GET, /anything/else, true",
            "GET, /showsroom, true",
            "GET, /sign-in, true",
            "GET, /my-bookings, true",
            "GET, /me, false",
            "GET, /me/bookings, false",
            "POST, /auth/login, false",
            "GET, /, false",
            "GET, /shows, false",
            "GET, /shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a, false",
            "GET, /bookings/x/y, false",
            "GET, /health, false",
            "GET, /q/openapi, false",
            "GET, /assets/index-abc.js, false",
            "GET, /favicon.svg, false",
            "POST, /admin, false",
            "DELETE, /booking/x, false"})
    void sendsPagePathsToTheWebApp(String method, String path, boolean page) {
        assertThat(routing.isPagePath(HttpMethod.valueOf(method), path)).isEqualTo(page);
    }
}
