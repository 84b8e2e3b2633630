package com.seatbooking.domain.show;

import com.seatbooking.domain.Text;

/** A show's display name: trimmed, 1 to 200 characters. */
public record ShowName(String value) {

    public static final int MAX_LENGTH = 200;

    public ShowName {
        value = Text.requireTrimmed("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
