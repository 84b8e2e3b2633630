package com.seatbooking.adapter.rest.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A show to create. Seats are numbered 1 to totalSeats; with a layout, row by row through its sections.")
public record CreateShowRequest(
        @Schema(required = true, minLength = 1, maxLength = 200, description = "Display name, trimmed; 1 to 200 characters",
                example = "Swan Lake") String name,
        @Schema(required = true, format = "date-time", description = "When the show starts (ISO-8601 with offset, e.g. Z); must be in the future",
                example = "2027-03-14T19:30:00Z") Instant startTime,
        @Schema(minimum = "1", maximum = "100000", description = "Number of seats; required without a layout, optional with one "
                + "(then it must be the layout's seat count)", example = "120") Integer totalSeats,
        @Schema(minimum = "1", maximum = "100000", description = "The most seats one customer may hold or book of this show (live holds "
                + "plus confirmed seats); leave it out for the installation's default (BOOKING_MAX_SEATS_PER_CUSTOMER, 10 unless configured)",
                example = "4") Integer maxSeatsPerCustomer,
        @Schema(description = "The venue's sections, rows, aisles and prices; leave it out for one plain row of totalSeats seats")
        LayoutRequest layout) {
}
