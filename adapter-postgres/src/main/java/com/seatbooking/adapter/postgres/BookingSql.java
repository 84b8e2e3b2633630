package com.seatbooking.adapter.postgres;

/** The statements behind {@link BookingStatement} and the retention of failed attempts. */
final class BookingSql {

    private BookingSql() {
    }

    /**
     * Allocates all requested seats of a show to a booking, or none, and stores the booking (as
     * prepared by the domain if every seat was allocated, else its prepared rejection with the taken
     * seats filled in), with its idempotency key when there is one: the PL/pgSQL function
     * {@code book_seats} (migration V13, whose comment lists its steps). One round trip, one
     * transaction. No show-wide lock anywhere: bookings of disjoint seats of one show proceed in
     * parallel; the show's row is read under a key-share lock, which its cancellation or edit waits
     * for (and the other way round).
     * <p>
     * Parameters: the key's scope, key, method, path, request fingerprint and expiry (all null without
     * a key); show, booking, seats (ascending), now, hold deadline (null when booked outright), user
     * name; the booking's status and history reason; the rejection's status, history reason and failure
     * reason (all three null: a rejection is not stored, so when seats are taken nothing at all is
     * written, as best-available picks want); the owner's account; the owner's seat limit for this
     * show; whether to write the live seat map's change log. Returns one row: the conflicting seats
     * (empty when the seats were allocated; null when nothing was requested: the show refused, or the
     * key was taken or kept), whether the owner was over the limit (then nothing was stored), whether
     * the key's lock was taken, and what is kept for the key (method, path, fingerprint, status,
     * content type, body, location, booking, first deadline, whether it is still live).
     * <p>
     * A booking that committed one of these seats meanwhile makes the call fail with SQLSTATE 40001
     * ({@code seat_allocation_lost_race()}), and a key's row committed meanwhile with 23505; either
     * undoes all of it, and the caller runs it again.
     */
    static final String BOOK_SEATS = """
            SELECT * FROM book_seats(?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::timestamptz,
                                     ?::uuid, ?::uuid, ?::int[], ?::timestamptz, ?::timestamptz, ?::varchar,
                                     ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar,
                                     ?::uuid, ?::int, ?::boolean)""";

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
