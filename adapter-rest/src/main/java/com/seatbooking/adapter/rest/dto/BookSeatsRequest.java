package com.seatbooking.adapter.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Seats to book (or hold) together, all of them or none: either named (seats) or picked by the server "
        + "(quantity, best available); exactly one of the two")
public record BookSeatsRequest(
        @Schema(minItems = 1, uniqueItems = true, description = "Seat numbers, each between 1 and the show's totalSeats, "
                + "at most maxSeatsPerBooking of them (20 by default)", example = "[4, 5]") List<Integer> seats,
        @Schema(minLength = 1, maxLength = 100, description = "The attendee, whom the seats are for; trimmed, 1 to 100 characters. "
                + "Default: the signed-in account's display name. The booking belongs to the signed-in account either way",
                example = "Alice Liddell") String userName,
        @Schema(description = "true to hold the seats (PENDING until confirmed, cancelled or expired) instead of booking them outright",
                defaultValue = "false", example = "false") Boolean hold,
        @Schema(minimum = "1", description = "Instead of seats: how many seats the server should pick, the best free ones (front to back, "
                + "centre out, never leaving a single seat stranded when it can be helped), side by side in one row when possible; "
                + "1 to maxSeatsPerBooking", example = "2") Integer quantity,
        @Schema(description = "With quantity: pick only in this section (its name, ignoring case)", example = "Stalls") String section,
        @Schema(description = "With quantity: true to refuse seats that are not side by side in one row (409 "
                + "not-enough-adjacent-seats) rather than split them over several rows", defaultValue = "false", example = "false")
        Boolean together) {
}
