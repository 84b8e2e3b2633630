package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Holds last 2 seconds and the expiry job runs every second, so expiry can be watched happen; the
 * clean-up runs every second too (failed attempts are kept for their 7 days all the same).
 */
public class ShortHoldsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("booking.hold-ttl", "PT2S", "booking.expiry-interval", "1s", "booking.expiry-batch-size", "7",
                "booking.purge-interval", "1s");
    }
}
