package com.seatbooking.adapter.postgres;

/**
 * The statements behind {@link PostgresSeatAllocationRepository}; each is one round trip.
 * <p>
 * A booking's own seats are read as one primary-key probe per seat (a {@code LATERAL} subquery over
 * the seat array, in ascending order, which also orders the row locks), not with
 * {@code seat_number = ANY (?)}: once the driver prepares a statement on the server, PostgreSQL may
 * plan it without the parameters' values, and that plan of {@code ANY} was a scan of all the show's
 * allocations, so confirming one hold read every seat the show had sold (see migration V14). The
 * rows so locked are then changed by their {@code ctid} (as PostgreSQL's manual does for batched
 * deletes): a locked row cannot move, and a join back on the key could be planned as that scan again.
 */
final class SeatAllocationSql {

    private SeatAllocationSql() {
    }

    /**
     * Makes a hold's allocation firm if it still holds every one of its seats, else changes nothing.
     * Parameters: show, seats, booking, now.
     */
    static final String MAKE_FIRM = changeOfAHold("", "expires_at = NULL");

    /**
     * Moves a hold's deadline if it still holds every one of its seats, else changes nothing.
     * Parameters: show, seats, booking, now, the new deadline.
     */
    static final String EXTEND = changeOfAHold(", ?::timestamptz AS deadline", "expires_at = r.deadline");

    /**
     * Locks the hold's allocations, seat by seat in ascending order, and applies {@code change} to
     * them only if it still holds all of them. {@code moreParameters}: columns of {@code requested}
     * after show, seats, booking and now.
     */
    private static String changeOfAHold(String moreParameters, String change) {
        return """
                WITH requested AS (
                    SELECT ?::uuid AS show_id, ?::int[] AS seats, ?::uuid AS booking_id, ?::timestamptz AS now%s
                ), mine AS (
                    SELECT m.ctid
                    FROM requested r
                    CROSS JOIN LATERAL (SELECT seat FROM unnest(r.seats) AS s(seat) ORDER BY seat) s
                    CROSS JOIN LATERAL (
                        SELECT a.ctid
                        FROM seat_allocations a
                        WHERE a.show_id = r.show_id AND a.seat_number = s.seat
                          AND a.booking_id = r.booking_id AND a.expires_at > r.now
                        FOR NO KEY UPDATE OF a) m
                )
                UPDATE seat_allocations a SET %s
                FROM mine, requested r
                WHERE a.ctid = mine.ctid
                  AND (SELECT count(*) FROM mine) = cardinality(r.seats)""".formatted(moreParameters, change);
    }

    /**
     * Deletes the allocations of several bookings, locking rows in (show, seat) order as new
     * allocations do, takes the freed seats off their owners' seat counts, and adds one row per show
     * to the live seat map's change log ({@link SeatChangeSql}) naming the seats that were freed, all
     * in the same statement. Rows taken over by another booking no longer match and stay (the booking
     * that took them over moved them to its owner's count). Parameters: parallel arrays of show ids,
     * booking ids and seat numbers. Returns how many allocations were deleted.
     */
    static final String RELEASE_LOGGED = """
            WITH doomed AS (
                SELECT a.show_id, a.seat_number
                FROM seat_allocations a
                JOIN unnest(?::uuid[], ?::uuid[], ?::int[]) AS r(show_id, booking_id, seat_number)
                  ON a.show_id = r.show_id AND a.seat_number = r.seat_number AND a.booking_id = r.booking_id
                ORDER BY a.show_id, a.seat_number
                FOR UPDATE OF a
            ), freed AS (
                DELETE FROM seat_allocations a USING doomed d
                WHERE a.show_id = d.show_id AND a.seat_number = d.seat_number
                RETURNING a.show_id, a.owner_id, a.seat_number
            ), uncounted AS (
                UPDATE customer_seat_usage u SET seats = u.seats - f.seats
                FROM (
                    SELECT f.show_id, f.owner_id, count(*)::int AS seats
                    FROM freed f
                    WHERE f.owner_id IS NOT NULL
                    GROUP BY f.show_id, f.owner_id) f
                WHERE u.show_id = f.show_id AND u.owner_id = f.owner_id
                RETURNING u.owner_id
            ), logged AS (
                INSERT INTO seat_changes (show_id, seats)
                SELECT show_id, array_agg(seat_number ORDER BY seat_number) FROM freed GROUP BY show_id
            )
            SELECT count(*) FROM freed""";

    /** The {@code logged} step of {@link #RELEASE_LOGGED}. */
    private static final String LOG_RELEASED_SEATS = """
            ), logged AS (
                INSERT INTO seat_changes (show_id, seats)
                SELECT show_id, array_agg(seat_number ORDER BY seat_number) FROM freed GROUP BY show_id
            """;

    /** {@link #RELEASE_LOGGED} without the change log, for when the live seat map is off. */
    static final String RELEASE = SeatChangeSql.without(RELEASE_LOGGED, LOG_RELEASED_SEATS);

    /**
     * The seats actively allocated, the earliest deadline among their holds, and the version of the
     * seat map this read is: it holds every change whose transaction id is below the snapshot's
     * xmin ({@link SeatChangeSql}). Parameters: show, now.
     */
    static final String RESERVED_SEATS = """
            SELECT coalesce(array_agg(seat_number ORDER BY seat_number), '{}'), min(expires_at),
                   pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1
            FROM seat_allocations
            WHERE show_id = ? AND (expires_at IS NULL OR expires_at > ?)""";

    /** Parameter: now. */
    static final String RESERVED_COUNTS = """
            SELECT show_id, count(*)
            FROM seat_allocations
            WHERE expires_at IS NULL OR expires_at > ?
            GROUP BY show_id""";

    /** {@link #RESERVED_COUNTS} of some shows (a page of the show list). Parameters: shows, now. */
    static final String RESERVED_COUNTS_OF = """
            SELECT show_id, count(*)
            FROM seat_allocations
            WHERE show_id = ANY (?) AND (expires_at IS NULL OR expires_at > ?)
            GROUP BY show_id""";
}
