package com.seatbooking.adapter.postgres;

/**
 * The statements of the live seat map's change log ({@code seat_changes}, migration V5), read by
 * {@link SeatChangeLog}. Versions are transaction ids (xid8), bound and read as text: JDBC has no
 * type for them.
 * <p>
 * The watermark: a poll reads the rows with {@code txid} from the previous watermark up to, not
 * including, the xmin of its own snapshot (the oldest transaction still running). Every transaction
 * below xmin has ended, and the poll's snapshot sees those that committed, so each row is read by
 * exactly one poll of each instance, also when transactions commit out of txid order. For the seats
 * a poll finds it reads their state now, not what the rows say, so followers converge on the truth
 * whatever the order of the writes.
 */
final class SeatChangeSql {

    private SeatChangeSql() {
    }

    /** The current watermark: where a poller that starts now begins. */
    static final String WATERMARK = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";

    /**
     * One poll. Parameter: the previous watermark. Returns one row per show changed since, each with
     * the new watermark, the pruning horizon, the show, its new version (the batch's greatest txid for
     * it), the touched seats that are reserved now and those that are free now, and how long ago its
     * oldest row's transaction began (seconds); or, when nothing changed, one row with just the new
     * watermark and the horizon.
     */
    static final String POLL = """
            WITH settled AS (
                SELECT pg_snapshot_xmin(pg_current_snapshot()) AS below
            ), batch AS (
                SELECT c.show_id, c.txid, c.seats, c.changed_at
                FROM seat_changes c, settled s
                WHERE c.txid >= CAST(? AS xid8) AND c.txid < s.below
            ), touched AS (
                SELECT b.show_id, max(b.txid::text::bigint) AS version, min(b.changed_at) AS oldest,
                       array_agg(DISTINCT seat ORDER BY seat) AS seats
                FROM batch b, unnest(b.seats) AS seat
                GROUP BY b.show_id
            )
            SELECT s.below::text, (SELECT pruned_through::text FROM seat_change_horizon),
                   t.show_id, t.version,
                   ARRAY(SELECT seat FROM unnest(t.seats) AS seat
                         WHERE EXISTS (SELECT 1 FROM seat_allocations a
                                       WHERE a.show_id = t.show_id AND a.seat_number = seat
                                         AND (a.expires_at IS NULL OR a.expires_at > now()))
                         ORDER BY seat),
                   ARRAY(SELECT seat FROM unnest(t.seats) AS seat
                         WHERE NOT EXISTS (SELECT 1 FROM seat_allocations a
                                           WHERE a.show_id = t.show_id AND a.seat_number = seat
                                             AND (a.expires_at IS NULL OR a.expires_at > now()))
                         ORDER BY seat),
                   extract(epoch FROM clock_timestamp() - t.oldest)
            FROM settled s LEFT JOIN touched t ON true""";

    /**
     * What changed in one show after a version, up to the watermark of now. Parameters: show,
     * version, version, version. Returns one row: whether that version is unknown here (never handed
     * out, or older than the pruned log), the greatest txid among the changes (null when none), and
     * the touched seats reserved now and free now.
     */
    static final String SINCE = """
            WITH settled AS (
                SELECT pg_snapshot_xmin(pg_current_snapshot()) AS below, pg_snapshot_xmax(pg_current_snapshot()) AS next
            ), touched AS (
                SELECT max(c.txid::text::bigint) AS version, array_agg(DISTINCT seat ORDER BY seat) AS seats
                FROM seat_changes c, settled s, unnest(c.seats) AS seat
                WHERE c.show_id = ? AND c.txid > CAST(? AS xid8) AND c.txid < s.below
            )
            SELECT CAST(? AS xid8) >= (SELECT next FROM settled)
                       OR CAST(? AS xid8) < (SELECT pruned_through FROM seat_change_horizon),
                   t.version,
                   ARRAY(SELECT seat FROM unnest(t.seats) AS seat
                         WHERE EXISTS (SELECT 1 FROM seat_allocations a
                                       WHERE a.show_id = ? AND a.seat_number = seat
                                         AND (a.expires_at IS NULL OR a.expires_at > now()))
                         ORDER BY seat),
                   ARRAY(SELECT seat FROM unnest(t.seats) AS seat
                         WHERE NOT EXISTS (SELECT 1 FROM seat_allocations a
                                           WHERE a.show_id = ? AND a.seat_number = seat
                                             AND (a.expires_at IS NULL OR a.expires_at > now()))
                         ORDER BY seat)
            FROM touched t""";

    /**
     * Deletes, of the batch of rows with the lowest txids, those older than the retention, and moves
     * the horizon up to the greatest txid deleted. Walks the txid index (the log has no index on
     * {@code changed_at}: see migration V11); txids follow the transactions' start times closely
     * enough that the oldest rows come first, and a row kept longer because a lower txid is still
     * young is deleted by a later run. The horizon only ever covers deleted rows' txids, so a
     * follower behind it is sent a snapshot, never a gap. One instance at a time (an advisory lock;
     * another instance's run finds nothing to do), and running it twice deletes nothing twice.
     * Parameters: batch size, retention (an interval). Returns the number of rows deleted (no row
     * when none).
     */
    static final String PRUNE = """
            WITH allowed AS (
                SELECT pg_try_advisory_xact_lock(hashtext('seat_changes prune')) AS ok
            ), oldest AS (
                SELECT ctid, changed_at FROM seat_changes
                WHERE (SELECT ok FROM allowed)
                ORDER BY txid
                LIMIT ?
            ), gone AS (
                DELETE FROM seat_changes c USING oldest o
                WHERE c.ctid = o.ctid AND o.changed_at < now() - CAST(? AS interval)
                RETURNING c.txid
            )
            UPDATE seat_change_horizon
            SET pruned_through = greatest(pruned_through, (SELECT txid FROM gone ORDER BY txid DESC LIMIT 1))
            WHERE EXISTS (SELECT 1 FROM gone)
            RETURNING (SELECT count(*) FROM gone)""";

    /** {@code statement} with one of its steps left out; fails at start-up if the step is not in it. */
    static String without(String statement, String step) {
        if (!statement.contains(step)) {
            throw new IllegalStateException("the statement does not contain the step to leave out:\n" + step);
        }
        return statement.replace(step, "");
    }
}
