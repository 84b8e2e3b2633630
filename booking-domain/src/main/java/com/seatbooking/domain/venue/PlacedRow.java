package com.seatbooking.domain.venue;

import java.util.Optional;

/**
 * A row where the layout puts it: its section, its rank front to back over the whole layout (0 is
 * the front row of the first section), the number of its first seat, and the price its seats cost
 * (the row's own, else the section's, else none).
 */
public record PlacedRow(Section section, Row row, int rank, int firstSeat, Money price) {

    public int lastSeat() {
        return firstSeat + row.seats() - 1;
    }

    public boolean contains(int seat) {
        return seat >= firstSeat && seat <= lastSeat();
    }

    /** The seat's place in its row, 1-based. */
    public int placeOf(int seat) {
        return seat - firstSeat + 1;
    }

    public Optional<Money> effectivePrice() {
        return Optional.ofNullable(price);
    }
}
