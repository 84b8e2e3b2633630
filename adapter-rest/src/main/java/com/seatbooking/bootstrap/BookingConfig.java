package com.seatbooking.bootstrap;

import com.seatbooking.application.service.BookingSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code booking.*} settings of application.properties (each also settable by environment variable). */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** How long a hold keeps its seats (BOOKING_HOLD_TTL). */
    @WithDefault("PT2M")
    Duration holdTtl();

    /** The most seats one booking may take (BOOKING_MAX_SEATS_PER_BOOKING). */
    @WithDefault("20")
    int maxSeatsPerBooking();

    /** How often the expiry job runs (BOOKING_EXPIRY_INTERVAL); read by the scheduler adapter. */
    @WithDefault("10s")
    Duration expiryInterval();

    /** How many expired holds one expiry transaction handles (BOOKING_EXPIRY_BATCH_SIZE). */
    @WithDefault("500")
    int expiryBatchSize();

    default BookingSettings settings() {
        return new BookingSettings(holdTtl(), maxSeatsPerBooking(), expiryBatchSize());
    }
}
