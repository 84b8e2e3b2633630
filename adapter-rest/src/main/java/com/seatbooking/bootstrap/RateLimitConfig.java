package com.seatbooking.bootstrap;

import com.seatbooking.application.port.out.RateLimitBuckets.Rate;
import com.seatbooking.application.service.RateLimitSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The {@code rate-limits.*} settings. The defaults are far above what a person does (booking, holding,
 * confirming a few times a minute) and well below what a script does.
 */
@ConfigMapping(prefix = "rate-limits")
public interface RateLimitConfig {

    /** RATE_LIMITS_ENABLED: false turns every rate limit off (benchmarks). */
    @WithDefault("true")
    boolean enabled();

    /** Writes per signed-in account per minute, in bursts of up to as many (RATE_LIMITS_ACCOUNT_WRITES_PER_MINUTE). */
    @WithDefault("30")
    long accountWritesPerMinute();

    /** Writes per client address per minute, sign-ups and sign-ins included (RATE_LIMITS_ADDRESS_WRITES_PER_MINUTE). */
    @WithDefault("300")
    long addressWritesPerMinute();

    /** Reads per client address per minute, counted by each instance (RATE_LIMITS_ADDRESS_READS_PER_MINUTE). */
    @WithDefault("1200")
    long addressReadsPerMinute();

    /**
     * What share of a shared bucket's capacity (in percent, at least one token) an instance may take
     * before writing it to the database (RATE_LIMITS_SYNC_PERCENT); read by the PostgreSQL adapter.
     */
    @WithDefault("10")
    long syncPercent();

    /** How long an instance may go without writing a shared bucket it uses (RATE_LIMITS_SYNC_INTERVAL); read by the PostgreSQL adapter. */
    @WithDefault("1s")
    Duration syncInterval();

    default RateLimitSettings settings() {
        Duration minute = Duration.ofMinutes(1);
        return new RateLimitSettings(enabled(), new Rate(accountWritesPerMinute(), minute), new Rate(addressWritesPerMinute(), minute),
                new Rate(addressReadsPerMinute(), minute));
    }
}
