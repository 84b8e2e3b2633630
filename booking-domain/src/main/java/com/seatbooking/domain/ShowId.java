package com.seatbooking.domain;

import java.util.Objects;
import java.util.UUID;

public record ShowId(UUID value) {

    public ShowId {
        Objects.requireNonNull(value, "value");
    }

    public static ShowId random() {
        return new ShowId(UUID.randomUUID());
    }

    public static ShowId parse(String raw) {
        return new ShowId(Ids.parse("showId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
