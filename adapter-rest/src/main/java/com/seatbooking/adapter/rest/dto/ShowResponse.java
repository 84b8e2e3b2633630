package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A show with how many of its seats are taken right now")
public record ShowResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID id,
        @Schema(required = true, example = "Swan Lake") String name,
        @Schema(required = true, format = "date-time", example = "2027-03-14T19:30:00Z") Instant startTime,
        @Schema(required = true, example = "120") int totalSeats,
        @Schema(required = true, description = "Seats neither booked nor held", example = "117") int availableCount,
        @Schema(required = true, description = "Seats booked or held by a hold that has not expired", example = "3") int reservedCount,
        @Schema(required = true, description = "The most seats one customer may hold or book of this show, live holds plus confirmed "
                + "seats (its own limit, or the default)", example = "10") int maxSeatsPerCustomer,
        @Schema(required = true, description = "CANCELLED: the show takes no bookings, and its bookings are (being) cancelled")
        ShowStatus status,
        @Schema(required = true, nullable = true, format = "date-time", description = "When the show was cancelled; null unless CANCELLED",
                example = "null") Instant cancelledAt) {

    public static ShowResponse from(ShowSummary summary) {
        Show show = summary.show();
        int reservedCount = summary.reservedCount();
        return new ShowResponse(show.id().value(), show.name().value(), show.startTime(), show.totalSeats(),
                show.totalSeats() - reservedCount, reservedCount, summary.maxSeatsPerCustomer(), show.status(),
                show.cancelledAt().orElse(null));
    }
}
