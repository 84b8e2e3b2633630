package com.seatbooking.application.port.in;

import java.util.Objects;

/**
 * A write that carries an {@code Idempotency-Key}: who sends it (the key's scope: the signed-in
 * account, or the client's address before sign-in), the key, and what the request was (method,
 * path and a fingerprint of its body), so a retry can be told from a different request that reuses
 * the key.
 *
 * @param scope       {@code account:<id>} for a signed-in actor, {@code address:<ip>} otherwise
 * @param fingerprint a hash of the request's body (hex), computed by the driving adapter
 */
public record IdempotentCommand(String scope, String key, String method, String path, String fingerprint) {

    /** Keys are 1 to 255 printable ASCII characters (as Stripe and the IETF draft allow). */
    public static final int MAX_KEY_LENGTH = 255;

    public IdempotentCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fingerprint, "fingerprint");
        requireValidKey(key);
    }

    /** Validates the raw key and names the scope: the actor's account, else the client's address. */
    public static IdempotentCommand of(Actor actor, String clientAddress, String key, String method, String path, String fingerprint) {
        String scope = actor.isSignedIn() ? "account:" + actor.id() : "address:" + Objects.requireNonNull(clientAddress, "clientAddress");
        return new IdempotentCommand(scope, key, method, path, fingerprint);
    }

    private static void requireValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidCommandException.of("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters, got "
                    + (key == null ? "none" : key.length()));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw InvalidCommandException.of("Idempotency-Key", "must be printable ASCII (such as a UUID), got a character "
                        + String.format("U+%04X", (int) c) + " at position " + (i + 1));
            }
        }
    }
}
