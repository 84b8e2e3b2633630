package com.seatbooking.application.service;

import com.seatbooking.application.port.out.RateLimitBuckets.Rate;
import java.util.Objects;

/**
 * The rate limits: off altogether (benchmarks), or on with these rates.
 *
 * @param accountWrites  writes per signed-in account, shared by every instance
 * @param addressWrites  writes per client address (sign-ups and sign-ins included), shared by every instance
 * @param addressReads   reads per client address, per instance
 */
public record RateLimitSettings(boolean enabled, Rate accountWrites, Rate addressWrites, Rate addressReads) {

    public RateLimitSettings {
        Objects.requireNonNull(accountWrites, "accountWrites");
        Objects.requireNonNull(addressWrites, "addressWrites");
        Objects.requireNonNull(addressReads, "addressReads");
    }
}
