package com.seatbooking.application.port.in;

import java.util.Objects;

/** The answer to a keyed write: the one just made, or the first one, replayed. */
public record IdempotentOutcome(RecordedResponse response, boolean replayed) {

    public IdempotentOutcome {
        Objects.requireNonNull(response, "response");
    }

    public static IdempotentOutcome fresh(RecordedResponse response) {
        return new IdempotentOutcome(response, false);
    }

    public static IdempotentOutcome replay(RecordedResponse response) {
        return new IdempotentOutcome(response, true);
    }
}
