package com.seatbooking.adapter.rest.dto;

import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.StatusChange;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One entry of a booking's history")
public record StatusChangeResponse(
        @Schema(required = true, example = "CONFIRMED") BookingStatus status,
        @Schema(required = true, example = "SEATS_BOOKED") ChangeReason reason,
        @Schema(required = true, format = "date-time", example = "2027-03-01T12:00:00Z") Instant at) {

    static StatusChangeResponse from(StatusChange change) {
        return new StatusChangeResponse(change.status(), change.reason(), change.at());
    }
}
