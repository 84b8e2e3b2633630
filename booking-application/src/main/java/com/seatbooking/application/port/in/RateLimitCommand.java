package com.seatbooking.application.port.in;

import java.util.Objects;

/**
 * A request to let through or not: who sends it (the signed-in account, if any, and the client's
 * address) and whether it writes (POST and the like) or only reads.
 */
public record RateLimitCommand(Actor actor, String clientAddress, boolean write) {

    public RateLimitCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
