package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.LayoutDraft.SectionDraft;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section of the venue (Stalls, Balcony), front to back")
public record SectionRequest(
        @Schema(required = true, minLength = 1, maxLength = 50, description = "Unique (ignoring case)", example = "Stalls") String name,
        @Schema(description = "The price of its seats, unless a row has its own") PriceRequest price,
        @Schema(required = true, minItems = 1, description = "Its rows, front to back") List<RowRequest> rows) {

    SectionDraft draft() {
        return new SectionDraft(name, price == null ? null : price.draft(), rows == null ? null
                : rows.stream().map(row -> row == null ? null : row.draft()).toList());
    }
}
