package com.seatbooking.bootstrap;

import com.seatbooking.application.service.IdempotencySettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code idempotency.*} settings. */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** How long the answer to a keyed write is kept for retries (IDEMPOTENCY_KEY_TTL). */
    @WithDefault("PT24H")
    Duration keyTtl();

    default IdempotencySettings settings() {
        return new IdempotencySettings(keyTtl());
    }
}
