-- book_seats (V14) again, doing the same work in fewer statements: 4 in the usual keyed booking instead of 10.
--
-- Why: each statement a PL/pgSQL function runs costs PostgreSQL a round of its own besides the work itself:
-- checking the cached plan and locking every table and index it names, a fresh snapshot, an executor set up
-- and torn down (opening each index of the tables it writes), and a new command id after a write. With ten
-- statements per keyed booking that round was a large share of the function's time (docs/performance.md,
-- "Fewer statements per booking"). So:
--   * the answer kept for the key and the show's check are read in one statement (a replay still returns
--     before anything is written; the show's row is then share-locked until the end of the transaction);
--   * the seats the customer adds are counted without a query when no expired hold is taken over;
--   * the customer's count goes up and the seats are allocated in one statement (a data-modifying WITH),
--     the allocations only if the count went up; a customer's first booking of a show, or one over the
--     limit, takes the path through the first-row upsert, as before;
--   * the booking, its first history entry, the seat-change log's entry and the key's row are written in
--     one statement.
-- The rules and the order of the locks are unchanged: the count before the seats, the seats in ascending
-- order, a booking's key row committed with it or not at all.
CREATE OR REPLACE FUNCTION book_seats(
    p_scope varchar, p_key varchar, p_method varchar, p_path varchar, p_request_hash varchar, p_key_expires_at timestamptz,
    p_show_id uuid, p_booking_id uuid, p_seats integer[], p_now timestamptz, p_expires_at timestamptz, p_user_name varchar,
    p_status varchar, p_reason varchar, p_rejected_status varchar, p_rejected_reason varchar, p_rejected_failure varchar,
    p_owner_id uuid, p_max_seats integer, p_log_changes boolean,
    OUT conflicts integer[], OUT over_limit boolean, OUT locked boolean,
    OUT kept_method varchar, OUT kept_path varchar, OUT kept_request_hash varchar, OUT kept_status smallint,
    OUT kept_content_type varchar, OUT kept_body bytea, OUT kept_location varchar, OUT kept_booking_id uuid,
    OUT kept_first_expires_at timestamptz, OUT kept_live boolean)
    LANGUAGE plpgsql VOLATILE
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    expired_seen boolean;
    displaced_seats integer[];
    displaced_owners uuid[];
    added integer;
    allocated integer;
    counted_rows integer;
    show_open boolean;
    previous_owner uuid;
    previous_seats integer;
BEGIN
    locked := true;
    over_limit := false;
    IF p_key IS NOT NULL THEN
        locked := pg_try_advisory_xact_lock(hashtextextended(p_scope || ' ' || p_key, 0));
        IF NOT locked THEN
            RETURN;
        END IF;
        -- the answer kept for the key, if any, and the show, in one statement
        SELECT k.method, k.path, k.request_hash, k.status, k.content_type, k.response_body, k.location, k.booking_id,
               k.first_expires_at, k.expires_at > p_now, s.open
        INTO kept_method, kept_path, kept_request_hash, kept_status, kept_content_type, kept_body, kept_location,
             kept_booking_id, kept_first_expires_at, kept_live, show_open
        FROM (VALUES (1)) AS one (x)
        LEFT JOIN idempotency_keys k ON k.scope = p_scope AND k.key = p_key
        LEFT JOIN LATERAL (SELECT true AS open
                           FROM shows s
                           WHERE s.id = p_show_id AND s.status = 'SCHEDULED' AND s.start_time > p_now
                             AND p_seats[cardinality(p_seats)] <= s.total_seats
                           FOR KEY SHARE OF s) s ON true;
        IF kept_method IS NOT NULL THEN
            RETURN;
        END IF;
    ELSE
        SELECT true INTO show_open
        FROM shows s
        WHERE s.id = p_show_id AND s.status = 'SCHEDULED' AND s.start_time > p_now AND p_seats[cardinality(p_seats)] <= s.total_seats
        FOR KEY SHARE OF s;
    END IF;
    IF show_open IS NULL THEN
        RETURN;
    END IF;

    SELECT coalesce(array_agg(a.seat_number ORDER BY a.seat_number) FILTER (WHERE a.expires_at IS NULL OR a.expires_at > p_now), '{}'),
           coalesce(bool_or(a.expires_at <= p_now), false)
    INTO conflicts, expired_seen
    FROM unnest(p_seats) AS s(seat)
    CROSS JOIN LATERAL (SELECT a.seat_number, a.expires_at
                        FROM seat_allocations a
                        WHERE a.show_id = p_show_id AND a.seat_number = s.seat
                        LIMIT 1) a;

    IF cardinality(conflicts) = 0 THEN
        IF expired_seen THEN
            SELECT array_agg(d.seat_number ORDER BY d.seat_number), array_agg(d.owner_id ORDER BY d.seat_number)
            INTO displaced_seats, displaced_owners
            FROM (SELECT seat FROM unnest(p_seats) AS s(seat) ORDER BY seat) s
            CROSS JOIN LATERAL (SELECT a.seat_number, a.owner_id
                                FROM seat_allocations a
                                WHERE a.show_id = p_show_id AND a.seat_number = s.seat
                                  AND a.expires_at IS NOT NULL AND a.expires_at <= p_now
                                FOR UPDATE OF a) d;
        END IF;
        IF displaced_owners IS NULL THEN
            added := cardinality(p_seats);
        ELSE
            added := cardinality(p_seats) - coalesce((SELECT count(*) FROM unnest(displaced_owners) o WHERE o = p_owner_id), 0)::int;
        END IF;
        IF added > p_max_seats THEN
            over_limit := true;
            RETURN;
        END IF;
        -- the usual case: the customer's count goes up within the limit, and only then are the seats allocated
        WITH counted AS (
            UPDATE customer_seat_usage u SET seats = u.seats + added
            WHERE u.show_id = p_show_id AND u.owner_id = p_owner_id AND u.seats + added <= p_max_seats
            RETURNING 1
        ), placed AS (
            INSERT INTO seat_allocations AS a (show_id, seat_number, booking_id, expires_at, owner_id)
            SELECT p_show_id, seat, p_booking_id, p_expires_at, p_owner_id
            FROM unnest(p_seats) AS seat
            WHERE EXISTS (SELECT 1 FROM counted)
            ORDER BY seat
            ON CONFLICT (show_id, seat_number) DO UPDATE
                SET booking_id = excluded.booking_id, expires_at = excluded.expires_at, owner_id = excluded.owner_id
                WHERE a.expires_at IS NOT NULL AND a.expires_at <= p_now AND a.seat_number = ANY (displaced_seats)
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM counted), (SELECT count(*) FROM placed) INTO counted_rows, allocated;
        IF counted_rows = 0 THEN
            -- no row was counted: the customer's first row, or the row a concurrent first booking just made,
            -- within the limit either way
            INSERT INTO customer_seat_usage AS u (show_id, owner_id, seats)
            VALUES (p_show_id, p_owner_id, added)
            ON CONFLICT (show_id, owner_id) DO UPDATE
                SET seats = u.seats + excluded.seats
                WHERE u.seats + excluded.seats <= p_max_seats;
            IF NOT FOUND THEN
                over_limit := true;
                RETURN;
            END IF;
            INSERT INTO seat_allocations AS a (show_id, seat_number, booking_id, expires_at, owner_id)
            SELECT p_show_id, seat, p_booking_id, p_expires_at, p_owner_id
            FROM unnest(p_seats) AS seat
            ORDER BY seat
            ON CONFLICT (show_id, seat_number) DO UPDATE
                SET booking_id = excluded.booking_id, expires_at = excluded.expires_at, owner_id = excluded.owner_id
                WHERE a.expires_at IS NOT NULL AND a.expires_at <= p_now AND a.seat_number = ANY (displaced_seats);
            GET DIAGNOSTICS allocated = ROW_COUNT;
        END IF;
        IF allocated <> cardinality(p_seats) THEN
            PERFORM seat_allocation_lost_race();
        END IF;
        IF displaced_owners IS NOT NULL THEN
            -- one primary-key update per previous owner, in owner order
            FOR previous_owner, previous_seats IN
                SELECT o, count(*)::int FROM unnest(displaced_owners) o
                WHERE o IS NOT NULL AND o <> p_owner_id GROUP BY o ORDER BY o
            LOOP
                UPDATE customer_seat_usage u SET seats = u.seats - previous_seats
                WHERE u.show_id = p_show_id AND u.owner_id = previous_owner;
            END LOOP;
        END IF;
        -- the booking, its first history entry, the seat-change log's entry and the key's row
        WITH booked AS (
            INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, failure_reason, conflicting_seats,
                                  created_at, updated_at, expires_at)
            VALUES (p_booking_id, p_show_id, p_owner_id, p_user_name, p_seats, p_status, NULL, '{}', p_now, p_now, p_expires_at)
        ), history AS (
            INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
            VALUES (p_booking_id, 0, p_now, p_status, p_reason)
        ), changed AS (
            INSERT INTO seat_changes (show_id, seats)
            SELECT p_show_id, p_seats
            WHERE p_log_changes
        )
        INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_body, content_type,
                                      location, created_at, expires_at, booking_id, first_expires_at)
        SELECT p_scope, p_key, p_method, p_path, p_request_hash, 201, NULL, NULL, NULL, p_now, p_key_expires_at, p_booking_id,
               p_expires_at
        WHERE p_key IS NOT NULL;
    ELSIF p_rejected_status IS NOT NULL THEN
        -- the refused attempt, its history entry and the key's row
        WITH booked AS (
            INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, failure_reason, conflicting_seats,
                                  created_at, updated_at, expires_at)
            VALUES (p_booking_id, p_show_id, p_owner_id, p_user_name, p_seats, p_rejected_status, p_rejected_failure, conflicts,
                    p_now, p_now, NULL)
        ), history AS (
            INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
            VALUES (p_booking_id, 0, p_now, p_rejected_status, p_rejected_reason)
        )
        INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_body, content_type,
                                      location, created_at, expires_at, booking_id, first_expires_at)
        SELECT p_scope, p_key, p_method, p_path, p_request_hash, 409, NULL, NULL, NULL, p_now, p_key_expires_at, p_booking_id, NULL
        WHERE p_key IS NOT NULL;
    END IF;
END
$$;
