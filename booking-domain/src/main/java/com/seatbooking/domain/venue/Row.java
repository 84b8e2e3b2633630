package com.seatbooking.domain.venue;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.Text;
import java.util.Arrays;
import java.util.Optional;

/**
 * A row of a section: its label, how many seats it has (places 1..seats, left to right as the
 * audience sees them), where aisles cut it ({@code gapsAfter}: an aisle after place 10 is 10), and
 * its own price, which overrides the section's.
 */
public final class Row {

    public static final int MAX_LABEL_LENGTH = 10;

    private final String label;
    private final int seats;
    private final int[] gapsAfter;
    private final Money price;

    private Row(String label, int seats, int[] gapsAfter, Money price) {
        this.label = label;
        this.seats = seats;
        this.gapsAfter = gapsAfter;
        this.price = price;
    }

    /** A row as an admin describes it; {@code gapsAfter} and {@code price} may be null. */
    public static Row of(String label, int seats, int[] gapsAfter, Money price) {
        String trimmed = Text.requireTrimmed("label", label, MAX_LABEL_LENGTH);
        if (seats < 1 || seats > Layout.MAX_SEATS) {
            throw new InvariantViolation("seats", "a row has 1 to " + Layout.MAX_SEATS + " seats, got " + seats);
        }
        int[] gaps = gapsAfter == null ? new int[0] : gapsAfter.clone();
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] < 1 || gaps[i] > seats - 1) {
                throw new InvariantViolation("gapsAfter", seats == 1 ? "a row of one seat has no gaps, got " + gaps[i]
                        : "an aisle comes after a place between 1 and " + (seats - 1) + " of this row, got " + gaps[i]);
            }
            if (i > 0 && gaps[i] <= gaps[i - 1]) {
                throw new InvariantViolation("gapsAfter", "must be ascending without repeats, got " + Arrays.toString(gaps));
            }
        }
        return new Row(trimmed, seats, gaps, price);
    }

    /** The one row of a show without a layout: no label, no gaps, no price. */
    static Row unlabelled(int seats) {
        return new Row("", seats, new int[0], null);
    }

    public String label() {
        return label;
    }

    public int seats() {
        return seats;
    }

    /** Places after which an aisle runs, ascending. */
    public int[] gapsAfter() {
        return gapsAfter.clone();
    }

    /** Whether an aisle runs right after {@code place}. */
    public boolean gapAfter(int place) {
        return Arrays.binarySearch(gapsAfter, place) >= 0;
    }

    /** The row's own price (not the section's). */
    public Optional<Money> price() {
        return Optional.ofNullable(price);
    }
}
