package com.seatbooking.adapter.postgres;

/** The statements behind {@link PostgresIdempotencyKeyRepository}; each is one round trip. */
final class IdempotencyKeySql {

    private IdempotencyKeySql() {
    }

    /**
     * Takes the key's transaction-scoped advisory lock without waiting, and when it was taken, reads
     * the unexpired answer kept for the key. Lock and read share a statement (one round trip), so the
     * read's snapshot is taken just before the lock: if the key's first request committed in between,
     * this one does not see its answer and runs the work again; then its own INSERT of the key fails
     * on the primary key (23505), which rolls the whole unit of work back, and its retry replays the
     * answer. The primary key, not the lock, is the final guard. Parameters: scope and key (for the
     * lock), scope, key, now.
     */
    static final String LOCK_AND_FIND = """
            SELECT l.locked, k.method, k.path, k.request_hash, k.status, k.content_type, k.response_body, k.location,
       k.booking_id, k.first_expires_at
            FROM (SELECT pg_try_advisory_xact_lock(hashtextextended(?::text || ' ' || ?::text, 0)) AS locked) l
            LEFT JOIN idempotency_keys k
              ON l.locked AND k.scope = ? AND k.key = ? AND k.expires_at > ?""";

    /**
     * Keeps an answer, replacing an expired one for the same key; changes nothing when an unexpired
     * answer is kept already. Parameters: scope, key, method, path, request hash, status, body,
     * content type, location, created at, expires at.
     */
    static final String ADD = """
            INSERT INTO idempotency_keys AS k (scope, key, method, path, request_hash, status, response_body, content_type,
                                               location, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (scope, key) DO UPDATE
                SET method = excluded.method, path = excluded.path, request_hash = excluded.request_hash,
                    status = excluded.status, response_body = excluded.response_body, content_type = excluded.content_type,
                    location = excluded.location, created_at = excluded.created_at, expires_at = excluded.expires_at
                WHERE k.expires_at <= excluded.created_at""";

    /** Deletes a batch of expired answers, oldest first, skipping rows locked right now. Parameters: now, batch size. */
    static final String DELETE_EXPIRED = """
            DELETE FROM idempotency_keys k
            USING (
                SELECT scope, key FROM idempotency_keys
                WHERE expires_at <= ?
                ORDER BY expires_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED) expired
            WHERE k.scope = expired.scope AND k.key = expired.key""";

    /**
     * Deletes one key's answer if it has expired (so the keyed booking statement, which only inserts,
     * may keep the key anew). Parameters: scope, key, now.
     */
    static final String DELETE_ONE_EXPIRED = "DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND expires_at <= ?";
}
