-- Two checks every booking runs, made cheap (issue 10's cost budget; docs/performance.md). Same rules.
--
-- bookings_seats_check calls is_strictly_ascending for every booking. As a LANGUAGE sql function with a
-- FROM clause it cannot be inlined, so every statement that inserted a booking parsed its body once
-- (trying to inline it) and planned it once more (to run it): in a profile of the booking statement about
-- a tenth of PostgreSQL's CPU. In PL/pgSQL it is compiled once per connection.
CREATE OR REPLACE FUNCTION is_strictly_ascending(a integer[]) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
BEGIN
    IF cardinality(a) < 2 THEN
        RETURN true;
    END IF;
    FOR i IN array_lower(a, 1) .. array_upper(a, 1) - 1 LOOP
        IF NOT (a[i] < a[i + 1]) THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;

-- An idempotency key is 1 to 255 printable ASCII characters. The bounded repetition {1,255} made the
-- regular expression engine work hard for every keyed booking; the column's type already bounds the length.
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_key_check;
ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_key_check CHECK (key <> '' AND key !~ '[^ -~]');

-- The keyed booking statement inserts the key's row without ON CONFLICT now (a row committed after its
-- snapshot fails on the primary key, and the statement runs again), so this is no longer called.
DROP FUNCTION idempotency_key_lost_race();
