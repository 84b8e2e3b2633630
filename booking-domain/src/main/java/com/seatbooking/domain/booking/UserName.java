package com.seatbooking.domain.booking;

import com.seatbooking.domain.Text;

/** The name a booking is made under: trimmed, 1 to 100 characters. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 100;

    public UserName {
        value = Text.requireTrimmed("userName", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
