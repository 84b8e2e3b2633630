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
     * <li>{@code taken}: seats actively allocated to other bookings, as of the statement's snapshot.
     * If there are any, nothing is allocated and they are the conflict.</li>
     * <li>{@code allocated}: otherwise every seat is inserted in ascending order, so overlapping
     * bookings lock seats in the same order and cannot deadlock. A row left by a hold whose
     * deadline has passed is taken over in place.</li>
     * <li>{@code logged}: when the seats were allocated, the live seat map's change log gets its row
     * ({@link SeatChangeSql}), in this transaction.</li>
     * <li>A booking that committed one of these seats after the snapshot makes the insert skip that
     * seat; then {@code seat_allocation_lost_race()} aborts the whole statement (SQLSTATE 40001), so
     * nothing of it stays, and the caller runs it again against a fresh snapshot.</li>
     * </ul>
     * Parameters: show, booking, seats (ascending), now, hold deadline (null when booked outright),
     * user name; the booking's status and history reason; the rejection's status, history reason
     * and failure reason; the owner's account. Returns one row: the conflicting seats, empty when
     * the seats were allocated.
     */
    static final String ADD_ALLOCATING_SEATS = """
            WITH requested AS (
                SELECT ?::uuid AS show_id, ?::uuid AS booking_id, ?::int[] AS seats, ?::timestamptz AS now,
                       ?::timestamptz AS expires_at, ?::varchar AS user_name, ?::varchar AS status, ?::varchar AS reason,
                       ?::varchar AS rejected_status, ?::varchar AS rejected_reason, ?::varchar AS rejected_failure,
                       ?::uuid AS owner_id
            ), taken AS (
                SELECT coalesce(array_agg(a.seat_number ORDER BY a.seat_number), '{}') AS seats
                FROM seat_allocations a, requested r
                WHERE a.show_id = r.show_id AND a.seat_number = ANY (r.seats)
                  AND (a.expires_at IS NULL OR a.expires_at > r.now)
            ), allocated AS (
                INSERT INTO seat_allocations AS a (show_id, seat_number, booking_id, expires_at)
                SELECT r.show_id, seat, r.booking_id, r.expires_at
                FROM requested r, unnest(r.seats) AS seat
                WHERE cardinality((SELECT seats FROM taken)) = 0
                ORDER BY seat
                ON CONFLICT (show_id, seat_number) DO UPDATE
                    SET booking_id = excluded.booking_id, expires_at = excluded.expires_at
                    WHERE a.expires_at IS NOT NULL AND a.expires_at <= (SELECT now FROM requested)
                RETURNING a.seat_number
            ), outcome AS (
                SELECT t.seats AS conflicts,
                       CASE WHEN cardinality(t.seats) > 0 THEN false
                            WHEN (SELECT count(*) FROM allocated) = cardinality(r.seats) THEN true
                            ELSE seat_allocation_lost_race() END AS allocated
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
            )
            INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
            SELECT r.booking_id, 0, r.now,
                   CASE WHEN o.allocated THEN r.status ELSE r.rejected_status END,
                   CASE WHEN o.allocated THEN r.reason ELSE r.rejected_reason END
            FROM requested r, outcome o
            RETURNING (SELECT conflicts FROM outcome)""";

    /** The {@code logged} step of {@link #ADD_ALLOCATING_SEATS}. */
    private static final String LOG_SEAT_CHANGES = """
            ), logged AS (
                INSERT INTO seat_changes (show_id, seats)
                SELECT r.show_id, r.seats FROM requested r, outcome o WHERE o.allocated
            """;

    /** {@link #ADD_ALLOCATING_SEATS} without the change log, for when the live seat map is off. */
    static final String ADD_ALLOCATING_SEATS_UNLOGGED = SeatChangeSql.without(ADD_ALLOCATING_SEATS, LOG_SEAT_CHANGES);
}
