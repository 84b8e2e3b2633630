package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.LayoutDraft;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A venue layout: sections, front to back, of rows, front to back. Seats are numbered 1..N row by row in this "
        + "order and labelled \"<section> <row>-<place>\" (Stalls A-12). At most 100,000 seats, one currency")
public record LayoutRequest(@Schema(required = true, minItems = 1) List<SectionRequest> sections) {

    public LayoutDraft draft() {
        return new LayoutDraft(sections == null ? null : sections.stream().map(section -> section == null ? null : section.draft()).toList());
    }
}
