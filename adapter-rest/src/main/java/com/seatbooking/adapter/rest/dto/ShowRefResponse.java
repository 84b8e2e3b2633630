package com.seatbooking.adapter.rest.dto;

import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The show a booking is for")
public record ShowRefResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID id,
        @Schema(required = true, example = "Swan Lake") String name,
        @Schema(required = true, format = "date-time", example = "2027-03-14T19:30:00Z") Instant startTime,
        @Schema(required = true, description = "CANCELLED: the show was cancelled, and its bookings with it") ShowStatus status) {

    static ShowRefResponse from(Show show) {
        return new ShowRefResponse(show.id().value(), show.name().value(), show.startTime(), show.status());
    }
}
