package com.seatbooking.adapter.postgres;

/** The statements behind {@link PostgresSeatAllocationRepository}; each is one round trip. */
final class SeatClaimSql {

    private SeatClaimSql() {
    }

    /**
     * Makes a hold's claim firm if it still holds every one of its seats, else changes nothing.
     * Parameters: show, seats, booking, now.
     */
    static final String MAKE_FIRM = """
            WITH requested AS (
                SELECT ?::uuid AS show_id, ?::int[] AS seats, ?::uuid AS booking_id, ?::timestamptz AS now
            ), mine AS (
                SELECT c.seat_number
                FROM seat_claims c, requested r
                WHERE c.show_id = r.show_id AND c.seat_number = ANY (r.seats)
                  AND c.booking_id = r.booking_id AND c.expires_at > r.now
                ORDER BY c.seat_number
                FOR NO KEY UPDATE OF c
            )
            UPDATE seat_claims c SET expires_at = NULL
            FROM mine, requested r
            WHERE c.show_id = r.show_id AND c.seat_number = mine.seat_number
              AND (SELECT count(*) FROM mine) = cardinality(r.seats)""";

    /**
     * Deletes the claims of several bookings, locking rows in (show, seat) order like claims do.
     * Rows taken over by another booking no longer match and stay. Parameters: parallel arrays of
     * show ids, booking ids and seat numbers.
     */
    static final String RELEASE = """
            WITH doomed AS (
                SELECT c.show_id, c.seat_number
                FROM seat_claims c
                JOIN unnest(?::uuid[], ?::uuid[], ?::int[]) AS r(show_id, booking_id, seat_number)
                  ON c.show_id = r.show_id AND c.seat_number = r.seat_number AND c.booking_id = r.booking_id
                ORDER BY c.show_id, c.seat_number
                FOR UPDATE OF c
            )
            DELETE FROM seat_claims c USING doomed d
            WHERE c.show_id = d.show_id AND c.seat_number = d.seat_number""";

    /** The seats actively claimed, and the earliest deadline among their holds. Parameters: show, now. */
    static final String RESERVED_SEATS = """
            SELECT coalesce(array_agg(seat_number ORDER BY seat_number), '{}'), min(expires_at)
            FROM seat_claims
            WHERE show_id = ? AND (expires_at IS NULL OR expires_at > ?)""";

    /** Parameter: now. */
    static final String RESERVED_COUNTS = """
            SELECT show_id, count(*)
            FROM seat_claims
            WHERE expires_at IS NULL OR expires_at > ?
            GROUP BY show_id""";
}
