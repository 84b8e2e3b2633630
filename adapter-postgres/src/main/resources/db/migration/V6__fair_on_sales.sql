-- Fair, retry-safe on-sales (issue 10): per-customer seat limits kept by the database, answers kept
-- for idempotency keys, shared rate-limit buckets, extendable holds, and bounded storage.

-- A show may set its own limit on the seats one customer may hold or book of it; null: the
-- installation's default (BOOKING_MAX_SEATS_PER_CUSTOMER) applies.
ALTER TABLE shows ADD COLUMN max_seats_per_customer integer
    CONSTRAINT shows_max_seats_per_customer_check CHECK (max_seats_per_customer BETWEEN 1 AND 100000);

-- How many seats of a show each customer has: every seat_allocations row of one of their bookings
-- (a hold past its deadline counts until the expiry job releases it or another booking takes its
-- seat over). Kept by the statements that allocate and release seats, in the same statement, so it
-- is always in step with seat_allocations; the booking statement's upsert re-checks the limit
-- under the row's lock, which is what keeps parallel requests of one customer within it.
CREATE TABLE customer_seat_usage (
    show_id  uuid    NOT NULL REFERENCES shows (id),
    owner_id uuid    NOT NULL REFERENCES accounts (id),
    seats    integer NOT NULL CONSTRAINT customer_seat_usage_seats_check CHECK (seats >= 0),
    PRIMARY KEY (show_id, owner_id)
);

INSERT INTO customer_seat_usage (show_id, owner_id, seats)
SELECT a.show_id, b.owner_id, count(*)
FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id
WHERE b.owner_id IS NOT NULL
GROUP BY a.show_id, b.owner_id;

-- A hold can be extended: its history records each extension (it stays PENDING).
ALTER TABLE booking_status_changes DROP CONSTRAINT booking_status_changes_reason_check;
ALTER TABLE booking_status_changes ADD CONSTRAINT booking_status_changes_reason_check CHECK (reason IN (
    'SEATS_BOOKED', 'SEATS_HELD', 'HOLD_EXTENDED', 'HOLD_CONFIRMED', 'CANCELLED_BY_USER', 'SEATS_UNAVAILABLE', 'HOLD_EXPIRED'));

-- The answer to each write sent with an Idempotency-Key, kept for retries (24 h by default), per
-- scope: account:<id> once signed in, address:<ip> before. Written in the same transaction as the
-- write it answers. Expired rows are deleted in batches by the clean-up job.
CREATE TABLE idempotency_keys (
    scope         varchar(80)   NOT NULL,
    key           varchar(255)  NOT NULL CONSTRAINT idempotency_keys_key_check CHECK (key ~ '^[ -~]{1,255}$'),
    method        varchar(10)   NOT NULL,
    path          varchar(2000) NOT NULL,
    -- SHA-256 (hex) of the request body as read: another body with the same key is refused (422)
    request_hash  varchar(64)   NOT NULL,
    status        smallint      NOT NULL CONSTRAINT idempotency_keys_status_check CHECK (status BETWEEN 100 AND 499),
    response_body bytea         NOT NULL,
    content_type  varchar(200),
    location      varchar(2000),
    created_at    timestamptz   NOT NULL,
    expires_at    timestamptz   NOT NULL,
    PRIMARY KEY (scope, key),
    CONSTRAINT idempotency_keys_times_check CHECK (expires_at > created_at)
);

-- The clean-up finds expired answers by expires_at. Rows arrive roughly in expires_at order, so a
-- BRIN index serves it, and it costs a keyed write next to nothing (a B-tree would be one more
-- index insert per write).
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys USING brin (expires_at);

-- Token buckets of the rate limits (Bucket4j's PostgreSQL proxy manager: its columns, its state
-- format), shared by every instance. expires_at (epoch milliseconds) is when the bucket would be
-- full again: after that it can be forgotten, and the clean-up job deletes it.
CREATE TABLE rate_limit_buckets (
    id         varchar(100) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_buckets_expires_idx ON rate_limit_buckets (expires_at);

-- Failed attempts are deleted after their retention window (7 days by default), oldest first:
-- this partial index finds them without reading the rest.
CREATE INDEX bookings_failed_idx ON bookings (updated_at) WHERE status = 'FAILED';

-- Per show, the totals of the FAILED bookings deleted so far, by reason; the show's booking totals
-- are these plus the rows still stored.
CREATE TABLE show_booking_counters (
    show_id                   uuid   PRIMARY KEY REFERENCES shows (id),
    deleted_seats_unavailable bigint NOT NULL DEFAULT 0 CHECK (deleted_seats_unavailable >= 0),
    deleted_hold_expired      bigint NOT NULL DEFAULT 0 CHECK (deleted_hold_expired >= 0)
);
