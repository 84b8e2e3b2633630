-- The original design's booking, for comparison: every booking first locks its show's row, so all
-- bookings of one show queue behind one lock. Same tables and rows as the app writes; the same
-- request mix as the app's flash sale: 1 to 4 random seats of the 1000-seat show pgbench-1001.
\set k random(1, 4)
\set s1 random(1, 1000)
\set s2 random(1, 1000)
\set s3 random(1, 1000)
\set s4 random(1, 1000)
\set id random(1, 9223372036854775806)
BEGIN;
SELECT total_seats FROM shows WHERE id = md5('pgbench-1001')::uuid FOR UPDATE;
SELECT count(*) AS taken FROM seat_allocations
WHERE show_id = md5('pgbench-1001')::uuid AND seat_number = ANY (ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[:s1, :s2, :s3, :s4]::int[]) WITH ORDINALITY AS t(s, i) WHERE i <= :k ORDER BY 1)) AND (expires_at IS NULL OR expires_at > now()) \gset
\if :taken = 0
INSERT INTO bookings (id, show_id, user_name, seats, status, failure_reason, conflicting_seats, created_at, updated_at, expires_at)
VALUES (md5(:id::text)::uuid, md5('pgbench-1001')::uuid, 'bench', ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[:s1, :s2, :s3, :s4]::int[]) WITH ORDINALITY AS t(s, i) WHERE i <= :k ORDER BY 1), 'CONFIRMED', NULL, '{}', now(), now(), NULL);
INSERT INTO seat_allocations (show_id, seat_number, booking_id, expires_at)
SELECT md5('pgbench-1001')::uuid, s, md5(:id::text)::uuid, NULL FROM unnest(ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[:s1, :s2, :s3, :s4]::int[]) WITH ORDINALITY AS t(s, i) WHERE i <= :k ORDER BY 1)) AS s;
INSERT INTO booking_status_changes (booking_id, position, changed_at, reason, status)
VALUES (md5(:id::text)::uuid, 0, now(), 'SEATS_BOOKED', 'CONFIRMED');
\else
INSERT INTO bookings (id, show_id, user_name, seats, status, failure_reason, conflicting_seats, created_at, updated_at, expires_at)
VALUES (md5(:id::text)::uuid, md5('pgbench-1001')::uuid, 'bench', ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[:s1, :s2, :s3, :s4]::int[]) WITH ORDINALITY AS t(s, i) WHERE i <= :k ORDER BY 1), 'FAILED', 'SEATS_UNAVAILABLE',
        ARRAY(SELECT seat_number FROM seat_allocations WHERE show_id = md5('pgbench-1001')::uuid AND seat_number = ANY (ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[:s1, :s2, :s3, :s4]::int[]) WITH ORDINALITY AS t(s, i) WHERE i <= :k ORDER BY 1)) ORDER BY 1), now(), now(), NULL);
INSERT INTO booking_status_changes (booking_id, position, changed_at, reason, status)
VALUES (md5(:id::text)::uuid, 0, now(), 'SEATS_UNAVAILABLE', 'FAILED');
\endif
COMMIT;
