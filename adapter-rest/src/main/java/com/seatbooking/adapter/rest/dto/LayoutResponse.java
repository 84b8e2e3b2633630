package com.seatbooking.adapter.rest.dto;

import com.seatbooking.domain.venue.Layout;
import com.seatbooking.domain.venue.PlacedRow;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The venue layout: sections front to back, their rows front to back with the number of each row's first seat "
        + "and the price its seats cost")
public record LayoutResponse(@Schema(required = true) List<SectionResponse> sections) {

    @Schema(name = "LayoutSection", description = "A section of the venue")
    public record SectionResponse(
            @Schema(required = true, example = "Stalls") String name,
            @Schema(required = true, nullable = true, description = "The section's price (rows may override it)") PriceResponse price,
            @Schema(required = true) List<RowResponse> rows) {
    }

    @Schema(name = "LayoutRow", description = "A row: seats firstSeat .. firstSeat + seats - 1, labelled <section> <row>-1 .. -seats")
    public record RowResponse(
            @Schema(required = true, example = "A") String label,
            @Schema(required = true, example = "20") int seats,
            @Schema(required = true, description = "Places after which an aisle runs", example = "[10]") int[] gapsAfter,
            @Schema(required = true, description = "The number of the row's first seat", example = "1") int firstSeat,
            @Schema(required = true, nullable = true, description = "What its seats cost: the row's price, else the section's, else null")
            PriceResponse price) {
    }

    /** Null for a show without a layout. */
    public static LayoutResponse from(Layout layout) {
        if (layout == null || layout.isPlain()) {
            return null;
        }
        List<SectionResponse> sections = new ArrayList<>();
        List<RowResponse> rows = null;
        Object current = null;
        for (PlacedRow row : layout.rows()) {
            if (row.section() != current) {
                current = row.section();
                rows = new ArrayList<>();
                sections.add(new SectionResponse(row.section().name(), PriceResponse.from(row.section().price().orElse(null)), rows));
            }
            rows.add(new RowResponse(row.row().label(), row.row().seats(), row.row().gapsAfter(), row.firstSeat(),
                    PriceResponse.from(row.price())));
        }
        return new LayoutResponse(sections);
    }
}
