package com.seatbooking.domain.account;

import com.seatbooking.domain.Ids;
import java.util.Objects;
import java.util.UUID;

/** Random (version 4), like every id here, so accounts cannot be enumerated. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String raw) {
        return new AccountId(Ids.parse("accountId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
