package com.seatbooking.application.port.out;

import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.domain.BookingId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The answers kept for idempotency keys, each for one scope (an account, or a client address) and key. */
public interface IdempotencyKeyRepository {

    /**
     * What was kept for a key: the request it answered, and the answer: as it was sent
     * ({@code response}), or, for a booking or hold, the booking it made ({@code booking}), to be
     * rendered again as it was first answered. Exactly one of the two.
     */
    record KeptAnswer(String method, String path, String fingerprint, RecordedResponse response, KeptBooking booking) {

        public KeptAnswer {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fingerprint, "fingerprint");
            if ((response == null) == (booking == null)) {
                throw new IllegalArgumentException("a kept answer is either a response or a booking");
            }
        }

        public KeptAnswer(String method, String path, String fingerprint, RecordedResponse response) {
            this(method, path, fingerprint, Objects.requireNonNull(response, "response"), null);
        }

        /** Whether this answers the same request (method, path and body). */
        public boolean answers(String otherMethod, String otherPath, String otherFingerprint) {
            return method.equals(otherMethod) && path.equals(otherPath) && fingerprint.equals(otherFingerprint);
        }
    }

    /**
     * The booking a keyed booking or hold stored with its key: the status it was answered with, and
     * its first deadline (null unless it was a hold), as a hold may be extended or confirmed later.
     */
    record KeptBooking(BookingId id, int status, Instant firstExpiresAt) {

        public KeptBooking {
            Objects.requireNonNull(id, "id");
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
