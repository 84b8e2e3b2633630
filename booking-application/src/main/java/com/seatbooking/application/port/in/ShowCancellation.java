package com.seatbooking.application.port.in;

import java.util.Objects;

/** What cancelling a show did: {@code changed} is false when it had been cancelled before. */
public record ShowCancellation(Cancellation progress, boolean changed) {

    public ShowCancellation {
        Objects.requireNonNull(progress, "progress");
    }
}
