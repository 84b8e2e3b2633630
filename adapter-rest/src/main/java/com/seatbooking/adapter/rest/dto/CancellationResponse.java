package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.domain.show.ShowStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A show's cancellation and how far the cancelling of its bookings has got")
public record CancellationResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID id,
        @Schema(required = true, example = "CANCELLED") ShowStatus status,
        @Schema(required = true, format = "date-time", example = "2027-03-01T09:12:44Z") Instant cancelledAt,
        @Schema(required = true, description = "Bookings that were PENDING or CONFIRMED when the show was cancelled", example = "3000")
        long bookingsToCancel,
        @Schema(required = true, description = "How many of them are cancelled so far", example = "1500") long bookingsCancelled,
        @Schema(required = true, description = "true once none of the show's bookings is PENDING or CONFIRMED any more", example = "false")
        boolean completed) {

    public static CancellationResponse from(Cancellation cancellation) {
        return new CancellationResponse(cancellation.showId().value(), ShowStatus.CANCELLED, cancellation.cancelledAt(),
                cancellation.bookingsToCancel(), cancellation.bookingsCancelled(), cancellation.completed());
    }
}
