package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.ShowBooking;
import com.seatbooking.domain.booking.BookingStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One booking of a show, as its admins list them")
public record ShowBookingResponse(
        @Schema(required = true, example = "9b2d7c4e-1f3a-4e5b-8c6d-7e8f9a0b1c2d") UUID id,
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, nullable = true, description = "The account that made it (null: made before there were accounts)",
                example = "alice") String username,
        @Schema(required = true, description = "The attendee's name", example = "Alice Liddell") String userName,
        @Schema(required = true, description = "As stored: a hold past its deadline is PENDING until its expiry is recorded (seconds)",
                example = "CONFIRMED") BookingStatus status,
        @Schema(required = true, example = "[4, 5]") int[] seats,
        @Schema(required = true, format = "date-time", example = "2027-03-01T09:00:00Z") Instant createdAt,
        @Schema(required = true, format = "date-time", example = "2027-03-01T09:00:00Z") Instant updatedAt) {

    public static ShowBookingResponse from(ShowBooking booking) {
        return new ShowBookingResponse(booking.id().value(), booking.showId().value(),
                booking.owner() == null ? null : booking.owner().value(), booking.userName().value(), booking.status(),
                booking.seats().toArray(), booking.createdAt(), booking.updatedAt());
    }
}
