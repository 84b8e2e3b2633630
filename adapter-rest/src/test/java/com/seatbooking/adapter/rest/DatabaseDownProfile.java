package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application pointed at a database that does not answer. */
public class DatabaseDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1",
                "quarkus.datasource.jdbc.min-size", "0",
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "quarkus.flyway.migrate-at-start", "false",
                "quarkus.flyway.clean-at-start", "false",
                "quarkus.scheduler.enabled", "false");
    }
}
