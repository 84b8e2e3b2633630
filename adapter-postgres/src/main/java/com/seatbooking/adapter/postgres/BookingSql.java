package com.seatbooking.adapter.postgres;

/** The statement behind {@link PostgresBookingRepository#addAllocatingSeats}: one round trip, one transaction. */
final class BookingSql {

    private BookingSql() {
    }

    /**
     * Claims all requested seats of a show, or none, and stores the booking: as prepared by the
     * domain if every seat was claimed, else its prepared rejection with the taken seats filled in.
     * No show-wide lock anywhere: bookings of disjoint seats of one show proceed in parallel.
     * <ul>
     * <li>{@code taken}: seats actively claimed by other bookings, as of the statement's snapshot.
     * If there are any, nothing is claimed and they are the conflict.</li>
     * <li>{@code claimed}: otherwise every seat is inserted in ascending order, so overlapping
     * bookings lock seats in the same order and cannot deadlock. A row left by a hold whose
     * deadline has passed is taken over in place.</li>
     * <li>A booking that committed one of these seats after the snapshot makes the insert skip that
     * seat; then {@code seat_claim_lost_race()} aborts the whole statement (SQLSTATE 40001), so
     * nothing of it stays, and the caller runs it again against a fresh snapshot.</li>
     * </ul>
     * Parameters: show, booking, seats (ascending), now, hold deadline (null when booked outright),
     * user name; the booking's status and history reason; the rejection's status, history reason
     * and failure reason. Returns one row: the conflicting seats, empty when the seats were claimed.
     */
    static final String ADD_ALLOCATING_SEATS = """
            WITH requested AS (
                SELECT ?::uuid AS show_id, ?::uuid AS booking_id, ?::int[] AS seats, ?::timestamptz AS now,
                       ?::timestamptz AS expires_at, ?::varchar AS user_name, ?::varchar AS status, ?::varchar AS reason,
                       ?::varchar AS rejected_status, ?::varchar AS rejected_reason, ?::varchar AS rejected_failure
            ), taken AS (
                SELECT coalesce(array_agg(c.seat_number ORDER BY c.seat_number), '{}') AS seats
                FROM seat_claims c, requested r
                WHERE c.show_id = r.show_id AND c.seat_number = ANY (r.seats)
                  AND (c.expires_at IS NULL OR c.expires_at > r.now)
            ), claimed AS (
                INSERT INTO seat_claims AS c (show_id, seat_number, booking_id, expires_at)
                SELECT r.show_id, seat, r.booking_id, r.expires_at
                FROM requested r, unnest(r.seats) AS seat
                WHERE cardinality((SELECT seats FROM taken)) = 0
                ORDER BY seat
                ON CONFLICT (show_id, seat_number) DO UPDATE
                    SET booking_id = excluded.booking_id, expires_at = excluded.expires_at
                    WHERE c.expires_at IS NOT NULL AND c.expires_at <= (SELECT now FROM requested)
                RETURNING c.seat_number
            ), outcome AS (
                SELECT t.seats AS conflicts,
                       CASE WHEN cardinality(t.seats) > 0 THEN false
                            WHEN (SELECT count(*) FROM claimed) = cardinality(r.seats) THEN true
                            ELSE seat_claim_lost_race() END AS claimed
                FROM requested r, taken t
            ), booking AS (
                INSERT INTO bookings (id, show_id, user_name, seats, status, failure_reason, conflicting_seats,
                                      created_at, updated_at, expires_at)
                SELECT r.booking_id, r.show_id, r.user_name, r.seats,
                       CASE WHEN o.claimed THEN r.status ELSE r.rejected_status END,
                       CASE WHEN o.claimed THEN NULL ELSE r.rejected_failure END,
                       o.conflicts, r.now, r.now,
                       CASE WHEN o.claimed THEN r.expires_at END
                FROM requested r, outcome o
            )
            INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
            SELECT r.booking_id, 0, r.now,
                   CASE WHEN o.claimed THEN r.status ELSE r.rejected_status END,
                   CASE WHEN o.claimed THEN r.reason ELSE r.rejected_reason END
            FROM requested r, outcome o
            RETURNING (SELECT conflicts FROM outcome)""";
}
