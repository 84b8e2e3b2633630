package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.LayoutDraft.RowDraft;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A row of a section, front to back; its seats are numbered on from the previous row's")
public record RowRequest(
        @Schema(required = true, minLength = 1, maxLength = 10, description = "Unique within its section, e.g. A", example = "A") String label,
        @Schema(required = true, minimum = "1", description = "How many seats the row has", example = "20") Integer seats,
        @Schema(description = "Places after which an aisle runs (1 to seats - 1, ascending, unique); blocks of best-available seats "
                + "never cross one", example = "[10]") List<Integer> gapsAfter,
        @Schema(description = "The row's price; overrides the section's") PriceRequest price) {

    RowDraft draft() {
        return new RowDraft(label, seats, gapsAfter, price == null ? null : price.draft());
    }
}
