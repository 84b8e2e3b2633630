package com.seatbooking.domain.account;

import com.seatbooking.domain.Text;

/** The name an account is shown under and books under by default: trimmed, 1 to 100 characters. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        value = Text.requireTrimmed("displayName", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
