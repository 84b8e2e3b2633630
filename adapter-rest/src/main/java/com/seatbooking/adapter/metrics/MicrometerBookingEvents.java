package com.seatbooking.adapter.metrics;

import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts booking outcomes as {@code seatbooking_bookings_total{outcome=...}}: confirmed (booked
 * outright or a confirmed hold), held, extended (a hold's deadline moved on), failed (seats
 * unavailable), expired, cancelled; and requests refused for the seat limit as
 * {@code seatbooking_seat_limit_rejections_total}.
 */
@ApplicationScoped
class MicrometerBookingEvents implements BookingEvents {

    private final Map<ChangeReason, Counter> counters = new EnumMap<>(ChangeReason.class);
    private final Counter seatLimitRejections;

    MicrometerBookingEvents(MeterRegistry registry) {
        seatLimitRejections = Counter.builder("seatbooking.seat.limit.rejections")
                .description("Bookings and holds refused because the customer would pass the show's seat limit")
                .register(registry);
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
            case HOLD_EXTENDED -> "extended";
            case SEATS_UNAVAILABLE -> "failed";
            case HOLD_EXPIRED -> "expired";
            case CANCELLED_BY_USER -> "cancelled";
            case SHOW_CANCELLED -> "show-cancelled";
        };
    }

    @Override
    public void statusChanged(Booking booking) {
        counters.get(booking.lastChange().reason()).increment();
    }

    @Override
    public void seatLimitReached(SeatLimitReachedException refusal) {
        seatLimitRejections.increment();
    }
}
