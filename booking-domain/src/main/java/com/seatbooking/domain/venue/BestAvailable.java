package com.seatbooking.domain.venue;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.Text;

/**
 * What a buyer asks for instead of naming seats: {@code quantity} good seats, in {@code section}
 * if named (null: anywhere), and only side by side in one row if {@code together}.
 */
public record BestAvailable(int quantity, String section, boolean together) {

    public BestAvailable {
        if (quantity < 1) {
            throw new InvariantViolation("quantity", "must be at least 1, got " + quantity);
        }
        if (section != null) {
            section = Text.requireTrimmed("section", section, Section.MAX_NAME_LENGTH);
        }
    }
}
