package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.SeatMapSnapshot;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The data of a `snapshot` event: the whole seat map as of `version` (the event's id)")
public record SeatMapSnapshotEvent(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, description = "The seat map's version: later `seats` events have greater ones", example = "48211")
        long version,
        @Schema(required = true, example = "5") int totalSeats,
        @Schema(required = true, description = "Seats booked or held, ascending", example = "[1, 2, 5]") int[] reservedSeats,
        @Schema(required = true, description = "Seats free to book, ascending", example = "[3, 4]") int[] availableSeats) {

    public static SeatMapSnapshotEvent from(SeatMapSnapshot snapshot) {
        return new SeatMapSnapshotEvent(snapshot.show().id().value(), snapshot.version(), snapshot.show().totalSeats(),
                snapshot.seatMap().reserved().toArray(), snapshot.seatMap().available());
    }
}
