package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.RecordedResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The answers kept for idempotency keys, each for one scope (an account, or a client address) and key. */
public interface IdempotencyKeyRepository {

    /** What was kept for a key: the request it answered, and the answer. */
    record KeptAnswer(String method, String path, String fingerprint, RecordedResponse response) {

        public KeptAnswer {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(response, "response");
        }
    }

    /** The outcome of {@link #lockAndFind}: whether this unit of work has the key, and what is kept for it. */
    record Lookup(boolean locked, Optional<KeptAnswer> kept) {

        public static Lookup inUse() {
            return new Lookup(false, Optional.empty());
        }
    }

    /**
     * Takes the key for the rest of the unit of work without waiting (another unit of work that has
     * it makes {@code locked} false), and reads what is kept for it that has not expired at {@code now}.
     */
    Lookup lockAndFind(String scope, String key, Instant now);

    /**
     * Keeps an answer for the key until {@code expiresAt}, replacing an expired one. Fails if an
     * answer that has not expired is kept already.
     */
    void add(String scope, String key, KeptAnswer answer, Instant now, Instant expiresAt);

    /** Deletes up to {@code limit} answers that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now, int limit);
}
