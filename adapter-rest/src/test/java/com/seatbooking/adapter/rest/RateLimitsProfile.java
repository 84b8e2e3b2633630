package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Rate limits on, and low enough for a test to meet them in a few requests. */
public class RateLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "rate-limits.enabled", "true",
                "rate-limits.account-writes-per-minute", "5",
                "rate-limits.address-writes-per-minute", "40",
                "rate-limits.address-reads-per-minute", "30",
                // every token written at once, so the counts are (nearly) exact
                "rate-limits.sync-percent", "0",
                "rate-limits.sync-interval", "1ms");
    }
}
