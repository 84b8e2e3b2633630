package com.seatbooking.adapter.postgres;

/** The statement behind {@link BookingStatement}: one round trip, one transaction. */
final class BookingSql {

    private BookingSql() {
    }

    /**
     * Allocates all requested seats of a show to a booking, or none, and stores the booking: as
     * prepared by the domain if every seat was allocated, else its prepared rejection with the taken
     * seats filled in. No show-wide lock anywhere: bookings of disjoint seats of one show proceed in
     * parallel.
     * <ul>
     * <li>{@code requested}: the request, only while the show takes bookings (SCHEDULED, not yet
     * started, and has these seats), read from the show's row under a key-share lock. That is the
     * lock every booking's foreign key takes anyway; a show's cancellation or edit takes the row's
     * update lock, so the two take turns: a booking under way finishes first, and one that waited
     * reads the row as the cancellation left it. A refused request has no row here: then nothing
     * at all is written, and the statement returns no row.</li>
     * <li>{@code taken}: seats actively allocated to other bookings, as of the statement's snapshot.
     * If there are any, nothing is allocated and they are the conflict. The same index scan says
     * whether any of the seats is held past its deadline ({@code expired}).</li>
     * <li>{@code displaced}: seats of holds past their deadline that this booking will take over,
     * locked in ascending order, with the owners they are taken from, as the locked rows name them
     * (a row another statement took over meanwhile is re-read as it is now, owner included). Only
     * when {@code taken} saw such a seat: the usual booking of fresh seats scans the seats once.</li>
     * <li>{@code claimed}: the owner's seat count ({@code customer_seat_usage}) goes up by the seats
     * this booking adds, only if it stays within the limit. The upsert re-checks the limit on the
     * row's latest version under its lock (also when a concurrent request of the same owner inserted
     * the row after this snapshot), so parallel requests of one owner cannot pass the limit together.
     * Nothing claimed: the request is over the limit, and nothing at all is written.</li>
     * <li>{@code allocated}: otherwise every seat is inserted in ascending order, so overlapping
     * bookings lock seats in the same order and cannot deadlock. A row left by a hold whose
     * deadline has passed is taken over in place, but only one that {@code displaced} locked (and
     * so took off its owner's count): a hold committed after this statement's snapshot whose
     * deadline has passed since is not taken over, the insert skips that seat, and the statement
     * runs again as below, then seeing it (without this its owner's count stayed one seat high).</li>
     * <li>{@code released}: the owners whose expired holds were taken over have those seats no more.</li>
     * <li>{@code logged}: when the seats were allocated, the live seat map's change log gets its row
     * ({@link SeatChangeSql}), in this transaction.</li>
     * <li>A booking that committed one of these seats after the snapshot makes the insert skip that
     * seat; then {@code seat_allocation_lost_race()} aborts the whole statement (SQLSTATE 40001), so
     * nothing of it stays (the seat count included), and the caller runs it again against a fresh
     * snapshot.</li>
     * </ul>
     * Parameters: show, booking, seats (ascending), now, hold deadline (null when booked outright),
     * user name; the booking's status and history reason; the rejection's status, history reason
     * and failure reason (all three null: a rejection is not stored, so when seats are taken nothing
     * at all is written, as best-available picks want); the owner's account; the owner's seat limit for this show, twice
     * (a parameter, not a step of its own: each step costs its share of setting up the plan for every run). Returns one
     * row: the conflicting seats (empty when the seats were allocated), and whether the request was
     * over the seat limit (then nothing was stored); no row when the show refused the request.
     */
    static final String ADD_ALLOCATING_SEATS = """
            WITH requested AS (
                SELECT p.* FROM (
                SELECT ?::uuid AS show_id, ?::uuid AS booking_id, ?::int[] AS seats, ?::timestamptz AS now,
                       ?::timestamptz AS expires_at, ?::varchar AS user_name, ?::varchar AS status, ?::varchar AS reason,
                       ?::varchar AS rejected_status, ?::varchar AS rejected_reason, ?::varchar AS rejected_failure,
                       ?::uuid AS owner_id
                ) p
                JOIN LATERAL (
                    SELECT 1 FROM shows s
                    WHERE s.id = p.show_id AND s.status = 'SCHEDULED' AND s.start_time > p.now
                      AND p.seats[cardinality(p.seats)] <= s.total_seats
                    FOR KEY SHARE OF s
                ) open_show ON true
            ), taken AS (
                SELECT coalesce(array_agg(a.seat_number ORDER BY a.seat_number)
                                    FILTER (WHERE a.expires_at IS NULL OR a.expires_at > r.now), '{}') AS seats,
                       coalesce(bool_or(a.expires_at <= r.now), false) AS expired
                FROM seat_allocations a, requested r
                WHERE a.show_id = r.show_id AND a.seat_number = ANY (r.seats)
            ), displaced AS (
                SELECT a.seat_number, a.owner_id
                FROM seat_allocations a, requested r
                WHERE a.show_id = r.show_id AND a.seat_number = ANY (r.seats)
                  AND a.expires_at IS NOT NULL AND a.expires_at <= r.now
                  AND cardinality((SELECT seats FROM taken)) = 0 AND (SELECT expired FROM taken)
                ORDER BY a.seat_number
                FOR UPDATE OF a
            ), claimed AS (
                INSERT INTO customer_seat_usage AS u (show_id, owner_id, seats)
                SELECT r.show_id, r.owner_id, added.seats
                FROM requested r, LATERAL (
                    SELECT cardinality(r.seats) - (SELECT count(*) FROM displaced d WHERE d.owner_id = r.owner_id)::int AS seats) added
                WHERE cardinality((SELECT seats FROM taken)) = 0 AND added.seats <= ?::int
                ON CONFLICT (show_id, owner_id) DO UPDATE
                    SET seats = u.seats + excluded.seats
                    WHERE u.seats + excluded.seats <= ?::int
                RETURNING u.seats
            ), allocated AS (
                INSERT INTO seat_allocations AS a (show_id, seat_number, booking_id, expires_at, owner_id)
                SELECT r.show_id, seat, r.booking_id, r.expires_at, r.owner_id
                FROM requested r, unnest(r.seats) AS seat
                WHERE cardinality((SELECT seats FROM taken)) = 0 AND EXISTS (SELECT 1 FROM claimed)
                ORDER BY seat
                ON CONFLICT (show_id, seat_number) DO UPDATE
                    SET booking_id = excluded.booking_id, expires_at = excluded.expires_at, owner_id = excluded.owner_id
                    WHERE a.expires_at IS NOT NULL AND a.expires_at <= (SELECT now FROM requested)
                      AND a.seat_number IN (SELECT d.seat_number FROM displaced d)
                RETURNING a.seat_number
            ), released AS (
                UPDATE customer_seat_usage u SET seats = u.seats - d.seats
                FROM requested r, (
                    SELECT d.owner_id, count(*)::int AS seats
                    FROM displaced d
                    WHERE d.owner_id IS NOT NULL AND d.owner_id <> (SELECT owner_id FROM requested)
                    GROUP BY d.owner_id) d
                WHERE u.show_id = r.show_id AND u.owner_id = d.owner_id AND EXISTS (SELECT 1 FROM claimed)
                RETURNING u.owner_id
            ), outcome AS (
                SELECT t.seats AS conflicts,
                       CASE WHEN cardinality(t.seats) > 0 THEN false
                            WHEN NOT EXISTS (SELECT 1 FROM claimed) THEN false
                            WHEN (SELECT count(*) FROM allocated) = cardinality(r.seats) THEN true
                            ELSE seat_allocation_lost_race() END AS allocated,
                       cardinality(t.seats) = 0 AND NOT EXISTS (SELECT 1 FROM claimed) AS over_limit
                FROM requested r, taken t
            ), logged AS (
                INSERT INTO seat_changes (show_id, seats)
                SELECT r.show_id, r.seats FROM requested r, outcome o WHERE o.allocated
            ), booking AS (
                INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, failure_reason, conflicting_seats,
                                      created_at, updated_at, expires_at)
                SELECT r.booking_id, r.show_id, r.owner_id, r.user_name, r.seats,
                       CASE WHEN o.allocated THEN r.status ELSE r.rejected_status END,
                       CASE WHEN o.allocated THEN NULL ELSE r.rejected_failure END,
                       o.conflicts, r.now, r.now,
                       CASE WHEN o.allocated THEN r.expires_at END
                FROM requested r, outcome o
                WHERE NOT o.over_limit AND (o.allocated OR r.rejected_status IS NOT NULL)
            ), history AS (
                INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
                SELECT r.booking_id, 0, r.now,
                       CASE WHEN o.allocated THEN r.status ELSE r.rejected_status END,
                       CASE WHEN o.allocated THEN r.reason ELSE r.rejected_reason END
                FROM requested r, outcome o
                WHERE NOT o.over_limit AND (o.allocated OR r.rejected_status IS NOT NULL)
            )
            SELECT o.conflicts, o.over_limit, (SELECT count(*) FROM released) AS released_owners
            FROM outcome o""";

    /** The {@code logged} step of {@link #ADD_ALLOCATING_SEATS}. */
    private static final String LOG_SEAT_CHANGES = """
            ), logged AS (
                INSERT INTO seat_changes (show_id, seats)
                SELECT r.show_id, r.seats FROM requested r, outcome o WHERE o.allocated
            """;

    /** {@link #ADD_ALLOCATING_SEATS} without the change log, for when the live seat map is off. */
    static final String ADD_ALLOCATING_SEATS_UNLOGGED = SeatChangeSql.without(ADD_ALLOCATING_SEATS, LOG_SEAT_CHANGES);

    /**
     * {@link #ADD_ALLOCATING_SEATS} with an idempotency key, still one statement in autocommit:
     * <ul>
     * <li>{@code key_lock}: the key's transaction-scoped advisory lock, taken without waiting (as
     * {@link IdempotencyKeySql#LOCK_AND_FIND} takes it);</li>
     * <li>{@code kept}: when it was taken, the answer kept for the key, and whether it is still live
     * (an expired row is not replayed: the caller deletes it and runs the statement again);</li>
     * <li>{@code requested} has its row only when the lock was taken and no row is kept (and the show
     * takes the request): else every step after it finds no request, and nothing at all is written;</li>
     * <li>{@code key_kept}: whenever the booking (or its FAILED attempt) is stored, the key's row
     * naming it, with the answer's status (201 or 409) and the hold's first deadline. A plain insert:
     * a row for the key committed after this statement's snapshot (so {@code kept} did not see it)
     * makes it fail on the primary key (23505), which undoes the whole statement, the booking with it,
     * and the caller runs it again: then it finds that row.</li>
     * </ul>
     * Parameters: scope, key, method, path, request fingerprint, now, key expiry; then those of
     * {@link #ADD_ALLOCATING_SEATS}. Returns one row: the conflicting seats and over-limit flag
     * (null when nothing was requested: the key was taken or kept, or the show refused), whether the key's lock was taken, and what is kept for the
     * key (method, path, fingerprint, status, content type, body, location, booking, first deadline, live).
     */
    static final String ADD_ALLOCATING_SEATS_KEYED = keyed(ADD_ALLOCATING_SEATS);

    /** {@link #ADD_ALLOCATING_SEATS_KEYED} without the change log. */
    static final String ADD_ALLOCATING_SEATS_KEYED_UNLOGGED = keyed(ADD_ALLOCATING_SEATS_UNLOGGED);

    private static final String KEY_STEPS = """
            WITH keyed AS (
                SELECT ?::varchar AS scope, ?::varchar AS key, ?::varchar AS method, ?::varchar AS path,
                       ?::varchar AS request_hash, ?::timestamptz AS now, ?::timestamptz AS expires_at
            ), key_lock AS (
                SELECT pg_try_advisory_xact_lock(hashtextextended(q.scope || ' ' || q.key, 0)) AS locked FROM keyed q
            ), kept AS (
                SELECT k.method, k.path, k.request_hash, k.status, k.content_type, k.response_body, k.location, k.booking_id,
                       k.first_expires_at, k.expires_at > q.now AS live
                FROM idempotency_keys k, keyed q, key_lock l
                WHERE l.locked AND k.scope = q.scope AND k.key = q.key
            ), requested AS (
            """;

    private static final String KEY_ROW = """
            ), key_kept AS (
                INSERT INTO idempotency_keys AS k (scope, key, method, path, request_hash, status, response_body, content_type,
                                                   location, created_at, expires_at, booking_id, first_expires_at)
                SELECT q.scope, q.key, q.method, q.path, q.request_hash, CASE WHEN o.allocated THEN 201 ELSE 409 END, NULL,
                       'application/json', '/bookings/' || r.booking_id, r.now, q.expires_at, r.booking_id,
                       CASE WHEN o.allocated THEN r.expires_at END
                FROM keyed q, requested r, outcome o
                WHERE NOT o.over_limit AND (o.allocated OR r.rejected_status IS NOT NULL)
            )
            SELECT o.conflicts, o.over_limit, l.locked,
                   k.method, k.path, k.request_hash, k.status, k.content_type, k.response_body, k.location, k.booking_id,
                   k.first_expires_at, k.live
            FROM key_lock l
            LEFT JOIN kept k ON true
            LEFT JOIN outcome o ON true""";

    private static String keyed(String statement) {
        String opening = "WITH requested AS (\n";
        String ownerParameter = "?::uuid AS owner_id\n";
        String closing = """
                )
                SELECT o.conflicts, o.over_limit, (SELECT count(*) FROM released) AS released_owners
                FROM outcome o""";
        if (!statement.startsWith(opening) || !statement.contains(ownerParameter) || !statement.endsWith(closing)) {
            throw new IllegalStateException("the booking statement has changed shape: update BookingSql.keyed");
        }
        return KEY_STEPS + statement.substring(opening.length(), statement.length() - closing.length())
                .replaceFirst(java.util.regex.Pattern.quote(ownerParameter),
                        java.util.regex.Matcher.quoteReplacement(ownerParameter + "    WHERE (SELECT locked FROM key_lock) AND NOT EXISTS (SELECT 1 FROM kept)\n"))
                + KEY_ROW;
    }

    /** The owner's seat count for a show, as now committed. Parameters: show, owner. */
    static final String SEAT_USAGE = "SELECT seats FROM customer_seat_usage WHERE show_id = ? AND owner_id = ?";

    /**
     * Deletes a batch of FAILED bookings that failed before a cutoff, oldest first, with their
     * history, and adds them to their shows' counters of deleted bookings, all in one statement (so
     * the counters never miss a deleted booking, nor count one twice). Bookings locked by someone
     * else are skipped, not waited for. Parameters: cutoff, batch size. Returns how many were deleted.
     */
    static final String DELETE_FAILED = """
            WITH doomed AS (
                SELECT id
                FROM bookings
                WHERE status = 'FAILED' AND updated_at < ?
                ORDER BY updated_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
            ), history AS (
                DELETE FROM booking_status_changes h USING doomed d
                WHERE h.booking_id = d.id
            ), deleted AS (
                DELETE FROM bookings b USING doomed d
                WHERE b.id = d.id
                RETURNING b.show_id, b.failure_reason
            ), counted AS (
                INSERT INTO show_booking_counters AS c (show_id, deleted_seats_unavailable, deleted_hold_expired)
                SELECT show_id, count(*) FILTER (WHERE failure_reason = 'SEATS_UNAVAILABLE'),
                       count(*) FILTER (WHERE failure_reason = 'HOLD_EXPIRED')
                FROM deleted
                GROUP BY show_id
                ORDER BY show_id
                ON CONFLICT (show_id) DO UPDATE
                    SET deleted_seats_unavailable = c.deleted_seats_unavailable + excluded.deleted_seats_unavailable,
                        deleted_hold_expired = c.deleted_hold_expired + excluded.deleted_hold_expired
            )
            SELECT count(*) FROM deleted""";

    /**
     * A show's bookings by status and failure reason, as stored, with the counters of the FAILED ones
     * deleted already. One statement, so one consistent snapshot. Parameters: show, show.
     */
    static final String TOTALS = """
            SELECT count(*) FILTER (WHERE b.status = 'CONFIRMED'),
                   count(*) FILTER (WHERE b.status = 'PENDING'),
                   count(*) FILTER (WHERE b.status = 'CANCELLED'),
                   count(*) FILTER (WHERE b.failure_reason = 'SEATS_UNAVAILABLE'),
                   count(*) FILTER (WHERE b.failure_reason = 'HOLD_EXPIRED'),
                   coalesce(max(c.deleted_seats_unavailable), 0),
                   coalesce(max(c.deleted_hold_expired), 0)
            FROM (SELECT ?::uuid AS show_id) s
            LEFT JOIN bookings b ON b.show_id = s.show_id
            LEFT JOIN show_booking_counters c ON c.show_id = s.show_id""";

    /** How many bookings of a show are live (PENDING or CONFIRMED), as committed. Parameter: show. */
    static final String COUNT_LIVE_OF_SHOW = """
            SELECT count(*) FROM bookings WHERE show_id = ? AND status IN ('PENDING', 'CONFIRMED')""";

    /**
     * Whether anyone ever booked, held or tried to book a seat of a show: a booking row, or a failed
     * one deleted after its retention. Parameters: show, show.
     */
    static final String ANY_OF_SHOW = """
            SELECT EXISTS (SELECT 1 FROM bookings WHERE show_id = ?)
                OR EXISTS (SELECT 1 FROM show_booking_counters WHERE show_id = ?
                           AND deleted_seats_unavailable + deleted_hold_expired > 0)""";

    /**
     * The filters of a show's list of bookings, each parameter bound once: show, statuses (null:
     * any), owner's username (null: anyone's).
     */
    private static final String OF_SHOW_FILTERS = """
            FROM (SELECT ?::uuid AS show_id, ?::varchar[] AS statuses, ?::varchar AS owner) q
            JOIN bookings b ON b.show_id = q.show_id
            LEFT JOIN accounts a ON a.id = b.owner_id
            WHERE (q.statuses IS NULL OR b.status = ANY (q.statuses))
              AND (q.owner IS NULL OR b.owner_id = (SELECT x.id FROM accounts x WHERE lower(x.username) = lower(q.owner)))""";

    private static final String OF_SHOW_COLUMNS = """
            SELECT b.id, b.show_id, a.username, b.user_name, b.status, b.seats, b.created_at, b.updated_at
            """;

    /**
     * The first page of a show's bookings, newest first, ties by id, newest first too (the order of
     * bookings_show_idx), with the owner's username. Parameters: the filters', then the limit.
     */
    static final String OF_SHOW_FIRST = OF_SHOW_COLUMNS + OF_SHOW_FILTERS + """

            ORDER BY b.created_at DESC, b.id DESC
            LIMIT ?""";

    /**
     * A later page: the rows after a keyset cursor, by a row comparison the index range serves (a
     * page deep in a big show costs what the first does). Parameters: the filters', the cursor's
     * creation time and id, the limit.
     */
    static final String OF_SHOW_AFTER = OF_SHOW_COLUMNS + OF_SHOW_FILTERS + """

              AND (b.created_at, b.id) < (?, ?)
            ORDER BY b.created_at DESC, b.id DESC
            LIMIT ?""";

    /** How many bookings of a show match the filters. Parameters: the filters'. */
    static final String COUNT_OF_SHOW = "SELECT count(*) " + OF_SHOW_FILTERS;
}
