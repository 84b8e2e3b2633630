-- The booking statement as one PL/pgSQL function (issue 10's cost budget; docs/performance.md and
-- system-design.md section 5). It does what the single WITH statement of BookingSql did, step by step, and
-- only the steps a booking needs: a booking of fresh seats no longer sets up the plans of the steps for
-- expired holds, for the key when there is none, or for the change log when the live seat map is off, and
-- each step's plan is prepared once per connection. Still one round trip and one transaction (the
-- caller's, or the call's own in autocommit); any error undoes all of it.
--
-- Steps, in order (each a statement with its own snapshot, under READ COMMITTED):
--  1. with a key: the key's transaction-scoped advisory lock, not waiting (locked = false: nothing else
--     happens), then the row kept for the key (kept_*: nothing else happens; kept_live says whether it
--     has expired, and then the caller deletes it and calls again);
--  2. the show, under a key-share lock, only while it takes bookings (SCHEDULED, not started, has
--     these seats); else nothing is written and conflicts is null;
--  3. the requested seats' allocations, in one index scan: those held or booked by others are the
--     conflicts; whether any is held past its deadline;
--  4. no conflicts: the expired holds among the seats, locked in ascending order, with their owners;
--     the owner's seat count goes up by the seats this booking adds, only within p_max_seats (else
--     over_limit, nothing written); every seat is inserted in ascending order, taking over in place only
--     a row step 4 locked; fewer than all seats: seat_allocation_lost_race() aborts the whole call with
--     40001 and the caller runs it again; the previous owners' counts go down; the change log's row when
--     p_log_changes; the booking and its first history entry;
--  5. conflicts: the FAILED attempt and its history, only when a rejection is given (p_rejected_status);
--  6. with a key, whenever a booking or attempt was stored: the key's row naming it (status 201 or 409,
--     the hold's first deadline). A row for the key committed meanwhile makes it fail on the primary
--     key (23505): the whole call is undone and the caller runs it again.
CREATE FUNCTION book_seats(
    p_scope varchar, p_key varchar, p_method varchar, p_path varchar, p_request_hash varchar, p_key_expires_at timestamptz,
    p_show_id uuid, p_booking_id uuid, p_seats integer[], p_now timestamptz, p_expires_at timestamptz, p_user_name varchar,
    p_status varchar, p_reason varchar, p_rejected_status varchar, p_rejected_reason varchar, p_rejected_failure varchar,
    p_owner_id uuid, p_max_seats integer, p_log_changes boolean,
    OUT conflicts integer[], OUT over_limit boolean, OUT locked boolean,
    OUT kept_method varchar, OUT kept_path varchar, OUT kept_request_hash varchar, OUT kept_status smallint,
    OUT kept_content_type varchar, OUT kept_body bytea, OUT kept_location varchar, OUT kept_booking_id uuid,
    OUT kept_first_expires_at timestamptz, OUT kept_live boolean)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    expired_seen boolean;
    displaced_seats integer[];
    displaced_owners uuid[];
    added integer;
    allocated integer;
    stored_status varchar;
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
    FROM seat_allocations a
    WHERE a.show_id = p_show_id AND a.seat_number = ANY (p_seats);

    IF cardinality(conflicts) = 0 THEN
        IF expired_seen THEN
            SELECT array_agg(d.seat_number ORDER BY d.seat_number), array_agg(d.owner_id ORDER BY d.seat_number)
            INTO displaced_seats, displaced_owners
            FROM (SELECT a.seat_number, a.owner_id
                  FROM seat_allocations a
                  WHERE a.show_id = p_show_id AND a.seat_number = ANY (p_seats)
                    AND a.expires_at IS NOT NULL AND a.expires_at <= p_now
                  ORDER BY a.seat_number
                  FOR UPDATE OF a) d;
        END IF;
        added := cardinality(p_seats) - coalesce((SELECT count(*) FROM unnest(displaced_owners) o WHERE o = p_owner_id), 0)::int;
        IF added > p_max_seats THEN
            over_limit := true;
            RETURN;
        END IF;
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
        IF allocated <> cardinality(p_seats) THEN
            PERFORM seat_allocation_lost_race();
        END IF;
        IF displaced_owners IS NOT NULL THEN
            UPDATE customer_seat_usage u SET seats = u.seats - d.seats
            FROM (SELECT o AS owner_id, count(*)::int AS seats FROM unnest(displaced_owners) o
                  WHERE o IS NOT NULL AND o <> p_owner_id GROUP BY o) d
            WHERE u.show_id = p_show_id AND u.owner_id = d.owner_id;
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
                'application/json', '/bookings/' || p_booking_id, p_now, p_key_expires_at, p_booking_id,
                CASE WHEN cardinality(conflicts) = 0 THEN p_expires_at END);
    END IF;
END
$$;
