package com.seatbooking.bootstrap;

import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.RetentionSettings;
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

    /**
     * How often the job finishes the cancellations of cancelled shows that have work left
     * (BOOKING_CANCELLATION_INTERVAL); read by the scheduler adapter.
     */
    @WithDefault("5s")
    Duration cancellationInterval();

    /** How many expired holds one expiry transaction handles (BOOKING_EXPIRY_BATCH_SIZE); also the batches of a show's cancellation. */
    @WithDefault("500")
    int expiryBatchSize();

    /** The most seats of a show one customer may hold or book, for shows without their own limit (BOOKING_MAX_SEATS_PER_CUSTOMER). */
    @WithDefault("10")
    int maxSeatsPerCustomer();

    /** The hard cap on a hold's life, extensions included, from when it was made (BOOKING_HOLD_LIFETIME). */
    @WithDefault("PT10M")
    Duration holdLifetime();

    /** How many times a hold may be extended (BOOKING_MAX_HOLD_EXTENSIONS). */
    @WithDefault("2")
    int maxHoldExtensions();

    /** How long a FAILED booking stays readable before the clean-up deletes it (BOOKING_FAILED_RETENTION). */
    @WithDefault("P7D")
    Duration failedRetention();

    /** How often the clean-up runs (BOOKING_PURGE_INTERVAL); read by the scheduler adapter. */
    @WithDefault("10m")
    Duration purgeInterval();

    /** How many rows one clean-up transaction deletes at most (BOOKING_PURGE_BATCH_SIZE). */
    @WithDefault("1000")
    int purgeBatchSize();

    default BookingSettings settings() {
        return new BookingSettings(holdTtl(), maxSeatsPerBooking(), expiryBatchSize(), maxSeatsPerCustomer(), holdLifetime(),
                maxHoldExtensions());
    }

    default RetentionSettings retention() {
        return new RetentionSettings(failedRetention(), purgeBatchSize());
    }
}
