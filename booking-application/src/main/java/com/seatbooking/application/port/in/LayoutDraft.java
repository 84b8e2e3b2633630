package com.seatbooking.application.port.in;

import java.util.List;

/**
 * A venue layout as a client sent it, unchecked: {@link CreateShowCommand#of} turns it into a
 * {@link com.seatbooking.domain.venue.Layout}, naming every invalid field by its path
 * (e.g. {@code layout.sections[0].rows[2].gapsAfter}).
 */
public record LayoutDraft(List<SectionDraft> sections) {

    public record SectionDraft(String name, PriceDraft price, List<RowDraft> rows) {
    }

    public record RowDraft(String label, Integer seats, List<Integer> gapsAfter, PriceDraft price) {
    }

    public record PriceDraft(String amount, String currency) {
    }
}
