package com.seatbooking.adapter.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Seats to book (or hold) together: all of them or none")
public record BookSeatsRequest(
        @Schema(required = true, minItems = 1, uniqueItems = true, description = "Seat numbers, each between 1 and the show's totalSeats, "
                + "at most maxSeatsPerBooking of them (20 by default)", example = "[4, 5]") List<Integer> seats,
        @Schema(minLength = 1, maxLength = 100, description = "The attendee, whom the seats are for; trimmed, 1 to 100 characters. "
                + "Default: the signed-in account's display name. The booking belongs to the signed-in account either way",
                example = "Alice Liddell") String userName,
        @Schema(description = "true to hold the seats (PENDING until confirmed, cancelled or expired) instead of booking them outright",
                defaultValue = "false", example = "false") Boolean hold) {
}
