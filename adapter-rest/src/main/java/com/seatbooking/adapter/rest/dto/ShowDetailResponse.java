package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A show and its seat map right now")
public record ShowDetailResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID id,
        @Schema(required = true, example = "Swan Lake") String name,
        @Schema(required = true, format = "date-time", example = "2027-03-14T19:30:00Z") Instant startTime,
        @Schema(required = true, example = "5") int totalSeats,
        @Schema(required = true, example = "2") int availableCount,
        @Schema(required = true, example = "3") int reservedCount,
        @Schema(required = true, description = "Seats booked or held, ascending", example = "[1, 2, 5]") int[] reservedSeats,
        @Schema(required = true, description = "Seats free to book, ascending", example = "[3, 4]") int[] availableSeats,
        @Schema(required = true, description = "The most seats one booking may take", example = "20") int maxSeatsPerBooking,
        @Schema(required = true, description = "The most seats one customer may hold or book of this show, live holds plus confirmed "
                + "seats (its own limit, or the default)", example = "10") int maxSeatsPerCustomer,
        @Schema(required = true, description = "How long a hold keeps its seats, in seconds (before it is extended)", example = "120")
        long holdSeconds,
        @Schema(required = true, description = "The seat map's version: the live events (GET /shows/{id}/events) after this map "
                + "have greater ones", example = "48211") long version,
        @Schema(required = true, nullable = true, description = "The venue layout; null: one plain row of totalSeats seats") LayoutResponse layout,
        @Schema(required = true, nullable = true, description = "The currency of the show's prices; null when it has none", example = "EUR")
        String currency,
        @Schema(required = true, description = "CANCELLED: the show takes no bookings, and its bookings are (being) cancelled")
        ShowStatus status,
        @Schema(required = true, nullable = true, format = "date-time", description = "When the show was cancelled; null unless CANCELLED",
                example = "null") Instant cancelledAt) {

    /**
     * A validator for HTTP caching: changes whenever anything in this map does (64-bit FNV-1a over
     * the show, its reserved seats, the per-booking and per-customer caps and the hold length; the
     * rest follows from those). Not the version: a read that finds the same seats at a later version
     * is still the same map.
     */
    public String entityTag() {
        return seatMapTag(id, maxSeatsPerBooking, maxSeatsPerCustomer, holdSeconds, 0, reservedSeats);
    }

    /** The hash behind {@link #entityTag()}; {@code variant} (0 for this full view) tells other views of the same map apart. */
    static String seatMapTag(UUID id, int maxSeatsPerBooking, int maxSeatsPerCustomer, long holdSeconds, long variant, int[] reservedSeats) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, id.getMostSignificantBits());
        hash = mix(hash, id.getLeastSignificantBits());
        hash = mix(hash, maxSeatsPerBooking);
        hash = mix(hash, maxSeatsPerCustomer);
        hash = mix(hash, holdSeconds);
        if (variant != 0) {
            hash = mix(hash, variant);
        }
        for (int seat : reservedSeats) {
            hash = mix(hash, seat);
        }
        return Long.toHexString(hash);
    }

    private static long mix(long hash, long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            hash = (hash ^ ((value >>> shift) & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    public static ShowDetailResponse from(ShowDetails details) {
        Show show = details.show();
        SeatMap seats = details.seatMap();
        return new ShowDetailResponse(show.id().value(), show.name().value(), show.startTime(), show.totalSeats(),
                seats.availableCount(), seats.reservedCount(), seats.reserved().toArray(), seats.available(),
                details.maxSeatsPerBooking(), details.maxSeatsPerCustomer(), details.holdTtl().toSeconds(), details.version(),
                LayoutResponse.from(show.layout().orElse(null)), show.seating().currency().orElse(null), show.status(),
                show.cancelledAt().orElse(null));
    }
}
