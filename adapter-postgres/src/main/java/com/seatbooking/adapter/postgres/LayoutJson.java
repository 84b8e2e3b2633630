package com.seatbooking.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seatbooking.domain.venue.Layout;
import com.seatbooking.domain.venue.Money;
import com.seatbooking.domain.venue.Row;
import com.seatbooking.domain.venue.Section;
import java.util.List;

/**
 * A show's layout as the jsonb document in {@code shows.layout} (V9): the layout as the admin gave
 * it (each row's own price, not the effective one), read back through the domain's factories, so a
 * stored layout is checked again like every reconstituted aggregate.
 */
final class LayoutJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LayoutJson() {
    }

    record Document(List<SectionDocument> sections) {
    }

    record SectionDocument(String name, PriceDocument price, List<RowDocument> rows) {
    }

    record RowDocument(String label, int seats, int[] gapsAfter, PriceDocument price) {
    }

    record PriceDocument(String amount, String currency) {
    }

    /** Null for null (no layout). */
    static String write(Layout layout) {
        if (layout == null) {
            return null;
        }
        Document document = new Document(layout.sections().stream().map(section -> new SectionDocument(section.name(),
                section.price().map(LayoutJson::price).orElse(null),
                section.rows().stream().map(row -> new RowDocument(row.label(), row.seats(), row.gapsAfter(),
                        row.price().map(LayoutJson::price).orElse(null))).toList())).toList());
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a layout as JSON", e);
        }
    }

    /** Null for null (no layout). */
    static Layout read(String json) {
        if (json == null) {
            return null;
        }
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored layout is not valid JSON", e);
        }
        return Layout.of(document.sections().stream().map(section -> Section.of(section.name(), money(section.price()),
                section.rows().stream().map(row -> Row.of(row.label(), row.seats(), row.gapsAfter(), money(row.price()))).toList()))
                .toList());
    }

    private static PriceDocument price(Money money) {
        return new PriceDocument(money.amountText(), money.currency());
    }

    private static Money money(PriceDocument price) {
        return price == null ? null : Money.parse(price.amount(), price.currency());
    }
}
