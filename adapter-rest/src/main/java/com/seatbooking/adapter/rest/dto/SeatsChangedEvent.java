package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.SeatMapChange;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The data of a `seats` event: seats whose state changed, each as it is now. Either list may be empty.")
public record SeatsChangedEvent(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, description = "The seat map's version after this change (the event's id); ignore an event whose "
                + "version is not greater than the one you have", example = "48230") long version,
        @Schema(required = true, description = "Seats now taken (booked or held), ascending", example = "[3]") int[] reserved,
        @Schema(required = true, description = "Seats now free, ascending", example = "[5]") int[] released) {

    public static SeatsChangedEvent from(SeatMapChange change) {
        return new SeatsChangedEvent(change.showId().value(), change.version(), change.reserved().toArray(), change.released().toArray());
    }
}
