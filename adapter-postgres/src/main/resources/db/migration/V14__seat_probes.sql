-- book_seats (V13) again: every statement in it now reads and writes rows by primary key whatever the
-- parameters, and it runs each with the plan PostgreSQL prepared once for the connection.
--
-- Why: PL/pgSQL keeps each statement's plan, and PostgreSQL chooses per statement between a plan made
-- without the parameters' values (generic, made once) and a fresh one for each call (custom, planned every
-- time). Both went wrong here. For "show_id = $1 AND seat_number = ANY ($2)" the generic plan was a bitmap
-- scan of all the show's allocations, filtering the seats afterwards, so every booking read every seat its
-- show had sold (920 rows instead of 3 in a flash sale; 40,000 at a large show, SeatProbeTest); and where
-- the custom plan looked cheaper, every call planned its statements again (8% of PostgreSQL's CPU in S1).
--
-- So: the requested seats are read as one primary-key probe per seat (a LATERAL subquery with LIMIT 1 or
-- FOR UPDATE, which PostgreSQL never flattens into a join, so the plan is a nested loop of probes); the
-- previous owners' seat counts go down one primary-key update each; the customer's count is an update of
-- their row before the upsert that makes the first one (no row lock written before the update); and the
-- function runs with
-- plan_cache_mode = force_generic_plan, so each statement is planned once per connection. The key's row no
-- longer keeps a content type and location: a replay renders the booking it names (BookingStatement, as
-- PostgresIdempotencyKeyRepository), and they were 64 of its 336 bytes. The expired holds
-- are still locked in ascending seat order (the outer side is sorted), as new allocations are inserted, so
-- two bookings never wait for each other in opposite orders. Everything else is unchanged.
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
    stored_status varchar;
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
        SELECT k.method, k.path, k.request_hash, k.status, k.content_type, k.response_body, k.location, k.booking_id,
               k.first_expires_at, k.expires_at > p_now
        INTO kept_method, kept_path, kept_request_hash, kept_status, kept_content_type, kept_body, kept_location,
             kept_booking_id, kept_first_expires_at, kept_live
        FROM idempotency_keys k
        WHERE k.scope = p_scope AND k.key = p_key;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;

    PERFORM 1 FROM shows s
    WHERE s.id = p_show_id AND s.status = 'SCHEDULED' AND s.start_time > p_now AND p_seats[cardinality(p_seats)] <= s.total_seats
    FOR KEY SHARE OF s;
    IF NOT FOUND THEN
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
        added := cardinality(p_seats) - coalesce((SELECT count(*) FROM unnest(displaced_owners) o WHERE o = p_owner_id), 0)::int;
        IF added > p_max_seats THEN
            over_limit := true;
            RETURN;
        END IF;
        -- the customer's count: an update of their row (the usual case), else the first row, or the row a
        -- concurrent first booking just made, within the limit either way
        UPDATE customer_seat_usage u SET seats = u.seats + added
        WHERE u.show_id = p_show_id AND u.owner_id = p_owner_id AND u.seats + added <= p_max_seats;
        IF NOT FOUND THEN
            INSERT INTO customer_seat_usage AS u (show_id, owner_id, seats)
            VALUES (p_show_id, p_owner_id, added)
            ON CONFLICT (show_id, owner_id) DO UPDATE
                SET seats = u.seats + excluded.seats
                WHERE u.seats + excluded.seats <= p_max_seats;
            IF NOT FOUND THEN
                over_limit := true;
                RETURN;
            END IF;
        END IF;
        INSERT INTO seat_allocations AS a (show_id, seat_number, booking_id, expires_at, owner_id)
        SELECT p_show_id, seat, p_booking_id, p_expires_at, p_owner_id
        FROM unnest(p_seats) AS seat
        ORDER BY seat
        ON CONFLICT (show_id, seat_number) DO UPDATE
            SET booking_id = excluded.booking_id, expires_at = excluded.expires_at, owner_id = excluded.owner_id
            WHERE a.expires_at IS NOT NULL AND a.expires_at <= p_now AND a.seat_number = ANY (displaced_seats);
        GET DIAGNOSTICS allocated = ROW_COUNT;
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
        IF p_log_changes THEN
            INSERT INTO seat_changes (show_id, seats) VALUES (p_show_id, p_seats);
        END IF;
        stored_status := p_status;
        INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, failure_reason, conflicting_seats,
                              created_at, updated_at, expires_at)
        VALUES (p_booking_id, p_show_id, p_owner_id, p_user_name, p_seats, p_status, NULL, '{}', p_now, p_now, p_expires_at);
        INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
        VALUES (p_booking_id, 0, p_now, p_status, p_reason);
    ELSIF p_rejected_status IS NOT NULL THEN
        stored_status := p_rejected_status;
        INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, failure_reason, conflicting_seats,
                              created_at, updated_at, expires_at)
        VALUES (p_booking_id, p_show_id, p_owner_id, p_user_name, p_seats, p_rejected_status, p_rejected_failure, conflicts,
                p_now, p_now, NULL);
        INSERT INTO booking_status_changes (booking_id, position, changed_at, status, reason)
        VALUES (p_booking_id, 0, p_now, p_rejected_status, p_rejected_reason);
    END IF;

    IF p_key IS NOT NULL AND stored_status IS NOT NULL THEN
        INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_body, content_type,
                                      location, created_at, expires_at, booking_id, first_expires_at)
        VALUES (p_scope, p_key, p_method, p_path, p_request_hash, CASE WHEN cardinality(conflicts) = 0 THEN 201 ELSE 409 END, NULL,
                NULL, NULL, p_now, p_key_expires_at, p_booking_id,
                CASE WHEN cardinality(conflicts) = 0 THEN p_expires_at END);
    END IF;
END
$$;
