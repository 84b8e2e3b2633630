package com.seatbooking.domain;

import java.util.Objects;
import java.util.UUID;

/** Random (version 4) so booking ids cannot be guessed or enumerated. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID());
    }

    public static BookingId parse(String raw) {
        return new BookingId(Ids.parse("bookingId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
