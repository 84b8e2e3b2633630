package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The whole application on the in-memory adapters, with no database at all. */
public class InMemoryProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(InMemoryPersistence.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.active", "false",
                "quarkus.hibernate-orm.active", "false",
                "quarkus.flyway.active", "false",
                // the in-memory adapters bring their own feed: the PostgreSQL one's poller stays off
                "feed.enabled", "false");
    }
}
