package com.seatbooking.domain.venue;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A part of a venue (Stalls, Balcony) with its rows, front to back, and the price of its seats unless a row has its own. */
public final class Section {

    public static final int MAX_NAME_LENGTH = 50;

    private final String name;
    private final Money price;
    private final List<Row> rows;

    private Section(String name, Money price, List<Row> rows) {
        this.name = name;
        this.price = price;
        this.rows = List.copyOf(rows);
    }

    /** A section as an admin describes it: at least one row, row labels unique; {@code price} may be null. */
    public static Section of(String name, Money price, List<Row> rows) {
        String trimmed = Text.requireTrimmed("name", name, MAX_NAME_LENGTH);
        if (rows == null || rows.isEmpty()) {
            throw new InvariantViolation("rows", "a section has at least one row");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!labels.add(rows.get(i).label())) {
                throw new InvariantViolation("rows[" + i + "].label", "row " + rows.get(i).label() + " appears twice in section " + trimmed);
            }
        }
        return new Section(trimmed, price, rows);
    }

    /** The one section of a show without a layout. */
    static Section unnamed(int seats) {
        return new Section("", null, List.of(Row.unlabelled(seats)));
    }

    public String name() {
        return name;
    }

    /** The section's price (rows may override it). */
    public Optional<Money> price() {
        return Optional.ofNullable(price);
    }

    public List<Row> rows() {
        return rows;
    }

    public int seats() {
        return rows.stream().mapToInt(Row::seats).sum();
    }
}
