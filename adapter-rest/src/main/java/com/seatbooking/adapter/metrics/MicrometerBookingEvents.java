package com.seatbooking.adapter.metrics;

import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.ChangeReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts booking outcomes as {@code seatbooking_bookings_total{outcome=...}}: confirmed (booked
 * outright or a confirmed hold), held, failed (seats unavailable), expired, cancelled.
 */
@ApplicationScoped
class MicrometerBookingEvents implements BookingEvents {

    private final Map<ChangeReason, Counter> counters = new EnumMap<>(ChangeReason.class);

    MicrometerBookingEvents(MeterRegistry registry) {
        for (ChangeReason reason : ChangeReason.values()) {
            counters.put(reason, Counter.builder("seatbooking.bookings")
                    .description("Bookings by outcome")
                    .tag("outcome", outcome(reason))
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    private static String outcome(ChangeReason reason) {
        return switch (reason) {
            case SEATS_BOOKED, HOLD_CONFIRMED -> "confirmed";
            case SEATS_HELD -> "held";
            case SEATS_UNAVAILABLE -> "failed";
            case HOLD_EXPIRED -> "expired";
            case CANCELLED_BY_USER -> "cancelled";
        };
    }

    @Override
    public void statusChanged(Booking booking) {
        counters.get(booking.lastChange().reason()).increment();
    }
}
