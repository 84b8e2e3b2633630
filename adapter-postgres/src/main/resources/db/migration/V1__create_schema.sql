-- Seat booking schema. The database, not the application, is the final guard against overbooking:
-- seat_claims has at most one row per seat of a show (its primary key), and a booking's claim is
-- tied to that booking and its show by a foreign key.

-- True when the array is sorted ascending without repeats (a booking's seats are a sorted set).
CREATE FUNCTION is_strictly_ascending(a integer[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(bool_and(a[i] < a[i + 1]), true)
    FROM generate_subscripts(a, 1) AS i
    WHERE i < array_upper(a, 1)
$$;

CREATE TABLE shows (
    id          uuid         PRIMARY KEY,
    name        varchar(200) NOT NULL CHECK (name <> '' AND name = btrim(name)),
    start_time  timestamptz  NOT NULL,
    total_seats integer      NOT NULL CHECK (total_seats BETWEEN 1 AND 100000),
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX shows_start_time_idx ON shows (start_time, name);

CREATE TABLE bookings (
    id                uuid         PRIMARY KEY,
    show_id           uuid         NOT NULL REFERENCES shows (id),
    user_name         varchar(100) NOT NULL CHECK (user_name <> '' AND user_name = btrim(user_name)),
    seats             integer[]    NOT NULL,
    status            varchar(16)  NOT NULL,
    failure_reason    varchar(32),
    conflicting_seats integer[]    NOT NULL DEFAULT '{}',
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    expires_at        timestamptz,

    -- the target of seat_claims' foreign key: a claim belongs to its booking's show
    CONSTRAINT bookings_id_show_key UNIQUE (id, show_id),

    CONSTRAINT bookings_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'FAILED', 'CANCELLED')),
    CONSTRAINT bookings_failure_reason_check CHECK (failure_reason IN ('SEATS_UNAVAILABLE', 'HOLD_EXPIRED')),
    CONSTRAINT bookings_failed_has_reason CHECK ((status = 'FAILED') = (failure_reason IS NOT NULL)),
    CONSTRAINT bookings_seats_check CHECK (
        cardinality(seats) >= 1 AND array_ndims(seats) = 1 AND 1 <= ALL (seats) AND is_strictly_ascending(seats)),
    CONSTRAINT bookings_conflicts_check CHECK (
        array_position(conflicting_seats, NULL) IS NULL
        AND conflicting_seats <@ seats
        AND coalesce(failure_reason = 'SEATS_UNAVAILABLE', false) = (cardinality(conflicting_seats) > 0)),
    CONSTRAINT bookings_pending_has_deadline CHECK (status <> 'PENDING' OR expires_at IS NOT NULL),
    CONSTRAINT bookings_times_check CHECK (updated_at >= created_at AND (expires_at IS NULL OR expires_at > created_at))
);

-- what the expiry job looks for
CREATE INDEX bookings_pending_expiry_idx ON bookings (expires_at) WHERE status = 'PENDING';

CREATE TABLE booking_status_changes (
    booking_id uuid        NOT NULL REFERENCES bookings (id),
    position   smallint    NOT NULL CHECK (position >= 0),
    status     varchar(16) NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'FAILED', 'CANCELLED')),
    reason     varchar(32) NOT NULL CHECK (reason IN (
                   'SEATS_BOOKED', 'SEATS_HELD', 'HOLD_CONFIRMED', 'CANCELLED_BY_USER', 'SEATS_UNAVAILABLE', 'HOLD_EXPIRED')),
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (booking_id, position)
);

-- Who holds which seat right now. One row per seat at most: the primary key is what makes double
-- allocation impossible. A row with a deadline is a hold; once the deadline has passed it blocks
-- nothing and the next claim of the seat takes the row over, so correctness never waits for the
-- expiry job. A row without a deadline is a confirmed booking's seat.
CREATE TABLE seat_claims (
    show_id     uuid        NOT NULL,
    seat_number integer     NOT NULL CHECK (seat_number BETWEEN 1 AND 100000),
    booking_id  uuid        NOT NULL,
    expires_at  timestamptz,
    PRIMARY KEY (show_id, seat_number),
    -- deferred: a booking's row is written after its claim decided whether it is CONFIRMED or FAILED
    CONSTRAINT seat_claims_booking_fkey FOREIGN KEY (booking_id, show_id)
        REFERENCES bookings (id, show_id) DEFERRABLE INITIALLY DEFERRED
);
